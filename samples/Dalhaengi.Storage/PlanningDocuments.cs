using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Risk;
using Dalhaengi.Core.Rotation;

namespace Dalhaengi.SampleHost.Storage;

/// <summary>
/// The JSON columns of migration 2 (see <see cref="PlanningSchema"/>): a household's members and signals, a planned
/// session's team and rationale. Dates are ISO strings and enums are names, as in the other columns; numbers that
/// are <see cref="double"/> in the model are JSON numbers written with the shortest text that reads back as the same
/// double, so they round-trip exactly.
/// </summary>
internal static class PlanningDocuments
{
    // Korean text as UTF-8, not \uXXXX escapes (the JSON only ever goes into a bound parameter, never into HTML).
    private static readonly PlanningJsonContext Context = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    });

    public static string WriteMembers(IEnumerable<HouseholdMember> members) => JsonSerializer.Serialize(
        [.. members.Select(m => new MemberDocument(StorageFormat.Enum(m.Role), m.BirthYear, m.HasDisability, m.HasChronicIllness))],
        Context.MemberDocumentArray);

    public static List<HouseholdMember> ReadMembers(string json) =>
        [.. Deserialize(json, Context.MemberDocumentArray).Select(m => new HouseholdMember(StorageFormat.Enum<MemberRole>(m.Role), m.BirthYear, m.HasDisability, m.HasChronicIllness))];

    public static string WriteSignals(IEnumerable<CrisisSignal> signals) => JsonSerializer.Serialize(
        [.. signals.Select(s => new CrisisSignalDocument(s.Indicator.Value, s.Value, StorageFormat.Date(s.ObservedOn), StorageFormat.Enum(s.Source), s.Note))],
        Context.CrisisSignalDocumentArray);

    public static List<CrisisSignal> ReadSignals(string json) =>
        [.. Deserialize(json, Context.CrisisSignalDocumentArray).Select(s => new CrisisSignal(
            new IndicatorCode(s.Indicator), s.Value, StorageFormat.Date(s.ObservedOn), StorageFormat.Enum<SignalSource>(s.Source), s.Note))];

    public static string WriteTeam(IEnumerable<TeamMember> team) => JsonSerializer.Serialize(
        [.. team.Select(t => new TeamMemberDocument(t.Partner.Value, StorageFormat.Enum(t.Role), [.. t.Services.Select(s => s.Value)]))],
        Context.TeamMemberDocumentArray);

    public static List<TeamMember> ReadTeam(string json) =>
        [.. Deserialize(json, Context.TeamMemberDocumentArray).Select(t => new TeamMember(
            new PartnerId(t.Partner), StorageFormat.Enum<TeamRole>(t.Role), t.Services.Select(s => new ServiceCode(s))))];

    public static string WriteRationale(SessionRationale r) => JsonSerializer.Serialize(
        new RationaleDocument(
            StorageFormat.Enum(r.Pick), r.SlotIndex, r.Due, r.SessionNumber, r.Target, r.Quota, r.DaysSinceDistrictLast, r.HighRiskHouseholds,
            r.SiteLastVisited is { } visited ? StorageFormat.Date(visited) : null, r.SiteWeight, r.IsFairDay, r.Summary),
        Context.RationaleDocument);

    public static SessionRationale ReadRationale(string json)
    {
        var r = Deserialize(json, Context.RationaleDocument);
        return new SessionRationale(
            StorageFormat.Enum<DistrictPick>(r.Pick), r.SlotIndex, r.Due, r.SessionNumber, r.Target, r.Quota, r.DaysSinceDistrictLast,
            r.HighRiskHouseholds, r.SiteLastVisited is { } visited ? StorageFormat.Date(visited) : null, r.SiteWeight, r.IsFairDay, r.Summary);
    }

    private static T Deserialize<T>(string json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        JsonSerializer.Deserialize(json, type) ?? throw new InvalidDataException($"A stored {typeof(T).Name} column is null.");
}

/// <summary>The System.Text.Json source-generated serializers of <see cref="PlanningDocuments"/>.</summary>
[JsonSerializable(typeof(MemberDocument[]))]
[JsonSerializable(typeof(CrisisSignalDocument[]))]
[JsonSerializable(typeof(TeamMemberDocument[]))]
[JsonSerializable(typeof(RationaleDocument))]
internal sealed partial class PlanningJsonContext : JsonSerializerContext;

internal sealed record MemberDocument(string Role, int BirthYear, bool HasDisability, bool HasChronicIllness);

internal sealed record CrisisSignalDocument(string Indicator, double Value, string ObservedOn, string Source, string? Note);

internal sealed record TeamMemberDocument(string Partner, string Role, string[] Services);

internal sealed record RationaleDocument(
    string Pick,
    int SlotIndex,
    double? Due,
    int SessionNumber,
    int Target,
    double Quota,
    int? DaysSinceDistrictLast,
    int HighRiskHouseholds,
    string? SiteLastVisited,
    int SiteWeight,
    bool IsFairDay,
    string Summary);

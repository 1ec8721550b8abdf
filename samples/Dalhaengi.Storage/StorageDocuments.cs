using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Outreach;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Rotation;

namespace Dalhaengi.SampleHost.Storage;

/// <summary>
/// The JSON shapes of the value objects stored whole in one column: a session record revision's
/// <see cref="SessionDetails"/> and a finding's signals. They are always read and written whole and never
/// queried by their parts (the parts queries need are columns), so one JSON column per value beats a table per list.
/// </summary>
internal static class StorageDocuments
{
    // Korean text is stored as UTF-8, not \uXXXX escapes, so the database reads naturally in any SQLite tool; the
    // relaxed encoder is safe here because the JSON only ever goes into a bound SQL parameter, never into HTML.
    private static readonly StorageJsonContext Context = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    });

    public static string Write(SessionDetails d) => JsonSerializer.Serialize(
        new SessionDetailsDocument(
            StorageFormat.Date(d.Date), d.Site.Value, d.District.Value, d.PlannedSession?.Value, StorageFormat.Enum(d.Status),
            d.CancellationReason is { } r ? StorageFormat.Enum(r) : null,
            [.. d.PartnersPresent.Select(p => p.Value)], d.StaffCount, d.VolunteerCount, d.ResidentsServed,
            [.. d.Households.Select(h => h.Value)],
            [.. d.Services.Select(s => new ServiceDeliveryDocument(s.Service.Value, s.Partner.Value, s.Count))],
            [.. d.Items.Select(i => new ItemDocument(i.Item, i.Count))],
            [.. d.Screenings.Select(s => new ScreeningDocument(s.Household.Value, Write(s.Signals)))],
            d.Notes),
        Context.SessionDetailsDocument);

    public static SessionDetails ReadSessionDetails(string json)
    {
        var d = JsonSerializer.Deserialize(json, Context.SessionDetailsDocument) ?? throw new InvalidDataException("A stored session revision has no details.");
        return new SessionDetails
        {
            Date = StorageFormat.Date(d.Date),
            Site = new SiteId(d.Site),
            District = new DistrictCode(d.District),
            PlannedSession = d.PlannedSession is { } planned ? new SessionId(planned) : null,
            Status = StorageFormat.Enum<SessionStatus>(d.Status),
            CancellationReason = d.CancellationReason is { } reason ? StorageFormat.Enum<CancellationReason>(reason) : null,
            PartnersPresent = [.. d.PartnersPresent.Select(p => new PartnerId(p))],
            StaffCount = d.StaffCount,
            VolunteerCount = d.VolunteerCount,
            ResidentsServed = d.ResidentsServed,
            Households = [.. d.Households.Select(h => new HouseholdId(h))],
            Services = [.. d.Services.Select(s => new ServiceDelivery(new ServiceCode(s.Service), new PartnerId(s.Partner), s.Count))],
            Items = [.. d.Items.Select(i => new ItemDistribution(i.Item, i.Count))],
            Screenings = [.. d.Screenings.Select(s => new SessionScreening(new HouseholdId(s.Household), Read(s.Signals)))],
            Notes = d.Notes,
        };
    }

    public static string WriteSignals(IEnumerable<ObservedSignal> signals) => JsonSerializer.Serialize(Write(signals), Context.SignalDocumentArray);

    public static List<ObservedSignal> ReadSignals(string json) =>
        Read(JsonSerializer.Deserialize(json, Context.SignalDocumentArray) ?? throw new InvalidDataException("A stored finding has no signals."));

    public static string WriteStrings(IEnumerable<string> values) => JsonSerializer.Serialize([.. values], Context.StringArray);

    public static string[] ReadStrings(string json) => JsonSerializer.Deserialize(json, Context.StringArray) ?? [];

    private static SignalDocument[] Write(IEnumerable<ObservedSignal> signals) =>
        [.. signals.Select(s => new SignalDocument(s.IndicatorCode, s.Value, StorageFormat.Date(s.ObservedOn)))];

    private static List<ObservedSignal> Read(SignalDocument[] signals) =>
        [.. signals.Select(s => new ObservedSignal(s.Code, s.Value, StorageFormat.Date(s.ObservedOn)))];
}

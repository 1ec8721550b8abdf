using System.Text.Json.Serialization;
using Dalhaengi.Core.Geography;

namespace Dalhaengi.Core.Partners;

// The JSON shape of a roster file. Plain strings for enums and dates so every mistake is reported with its path.
internal sealed class PartnerRosterDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public List<ServiceDocument?>? Services { get; set; }

    public List<PartnerDocument?>? Partners { get; set; }
}

internal sealed class ServiceDocument
{
    public string? Code { get; set; }

    public NameDocument? Name { get; set; }

    public string? Category { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string?>? Addresses { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Sample { get; set; }
}

internal sealed class PartnerDocument
{
    public string? Id { get; set; }

    public NameDocument? Name { get; set; }

    public string? Sector { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Presence { get; set; }

    public List<string?>? Services { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? StaffPerSession { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AvailabilityDocument? Availability { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string?>? Districts { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool AcceptsReferrals { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string?>? ReferralNeeds { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Sample { get; set; }
}

internal sealed class AvailabilityDocument
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string?>? Weekdays { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<IntervalDocument?>? Blackouts { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? MaxSessionsPerSeason { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? MaxSessionsPerMonth { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Teams { get; set; }
}

internal sealed class IntervalDocument
{
    public string? Start { get; set; }

    public string? End { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(PartnerRosterDocument))]
internal sealed partial class PartnerRosterJsonContext : JsonSerializerContext;

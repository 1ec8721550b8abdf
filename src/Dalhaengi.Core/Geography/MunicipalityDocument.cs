using System.Text.Json.Serialization;

namespace Dalhaengi.Core.Geography;

// The JSON shape of a municipality file. Plain strings for enums and dates so that every
// mistake can be reported with its path and the allowed values, rather than as a converter exception.
internal sealed class MunicipalityDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public string? Code { get; set; }

    public NameDocument? Name { get; set; }

    public string? RegionType { get; set; }

    public List<BoroughDocument>? Boroughs { get; set; }

    public List<DistrictDocument>? Districts { get; set; }

    public List<SiteDocument>? Sites { get; set; }
}

internal sealed class NameDocument
{
    public string? Ko { get; set; }

    // Optional: a name without an English gloss is written without "en".
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? En { get; set; }
}

internal sealed class BoroughDocument
{
    public string? Code { get; set; }

    public NameDocument? Name { get; set; }
}

internal sealed class DistrictDocument
{
    public string? Code { get; set; }

    public NameDocument? Name { get; set; }

    public string? Kind { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Borough { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Population { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PopulationAsOf { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Households { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RegionType { get; set; }
}

internal sealed class SiteDocument
{
    public string? Id { get; set; }

    public string? District { get; set; }

    public NameDocument? Name { get; set; }

    public string? Kind { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Village { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Households { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? ElderlyResidents { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<int>? FairDays { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Sample { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(MunicipalityDocument))]
internal sealed partial class MunicipalityJsonContext : JsonSerializerContext;

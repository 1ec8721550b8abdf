using System.Text.Json.Serialization;

namespace Dalhaengi.Core.Eligibility;

// The JSON shape of an emergency-support threshold file. Every table has the DatedParameter shape
// {"confirmedThrough": …, "values": [{"start": …, …}]}; "source" and "note" strings document a figure and are not read.
internal sealed class EmergencySupportDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public string? Source { get; set; }

    public List<string>? Notes { get; set; }

    public int? IncomeLinePercentOfMedian { get; set; }

    public DatedTableDocument<SizeRowDocument>? MedianIncome { get; set; }

    public DatedTableDocument<SizeRowDocument>? PublishedIncomeLines { get; set; }

    public DatedTableDocument<GeneralAssetRowDocument>? GeneralAssetLimits { get; set; }

    public DatedTableDocument<FinancialAssetRowDocument>? FinancialAssetLimits { get; set; }
}

internal sealed class DatedTableDocument<TRow>
{
    public string? Note { get; set; }

    public string? ConfirmedThrough { get; set; }

    public List<TRow?>? Values { get; set; }
}

internal abstract class DatedRowDocument
{
    public string? Start { get; set; }

    public string? Source { get; set; }

    public string? Note { get; set; }
}

internal sealed class SizeRowDocument : DatedRowDocument
{
    public List<long>? BySize { get; set; }
}

internal sealed class GeneralAssetRowDocument : DatedRowDocument
{
    public AssetLimitDocument? LargeCity { get; set; }

    public AssetLimitDocument? MediumSmallCity { get; set; }

    public AssetLimitDocument? Rural { get; set; }
}

internal sealed class AssetLimitDocument
{
    public long? Limit { get; set; }

    public long? OtherReportedLimit { get; set; }

    public string? Note { get; set; }
}

internal sealed class FinancialAssetRowDocument : DatedRowDocument
{
    public long? General { get; set; }

    public long? Housing { get; set; }

    public int? LivingReservePercentOfMedian { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(EmergencySupportDocument))]
internal sealed partial class EmergencySupportJsonContext : JsonSerializerContext;

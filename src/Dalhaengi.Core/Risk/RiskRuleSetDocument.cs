using System.Text.Json.Serialization;
using Dalhaengi.Core.Geography;

namespace Dalhaengi.Core.Risk;

// The JSON shape of a rule set file. Plain strings for enums and dates so that every mistake is
// reported with its path and the allowed values, rather than as a converter exception.
internal sealed class RiskRuleSetDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public string? Id { get; set; }

    public string? Version { get; set; }

    public string? EffectiveFrom { get; set; }

    public string? Description { get; set; }

    public List<TierDocument?>? Tiers { get; set; }

    public List<RuleDocument?>? Rules { get; set; }

    public List<RedFlagDocument?>? RedFlags { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<ParameterDocument?>? Parameters { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string?>? Lineage { get; set; }

    // Overlay properties (docs/rule-format.md, "Overlays"): only valid together with "extends".
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Extends { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string?>? Disable { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<RuleDocument?>? OverrideRules { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<RuleDocument?>? AddRules { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<RedFlagDocument?>? OverrideRedFlags { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<RedFlagDocument?>? AddRedFlags { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<TierDocument?>? OverrideTiers { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<ParameterDocument?>? OverrideParameters { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<ParameterDocument?>? AddParameters { get; set; }
}

internal sealed class ParameterDocument
{
    public string? Id { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Description { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ConfirmedThrough { get; set; }

    public List<DatedValueDocument?>? Values { get; set; }
}

internal sealed class DatedValueDocument
{
    public string? Start { get; set; }

    public double? Value { get; set; }
}

internal sealed class TierDocument
{
    public string? Id { get; set; }

    public NameDocument? Name { get; set; }

    public int? MinScore { get; set; }

    public string? Action { get; set; }

    public int? ResponseDays { get; set; }
}

internal sealed class RuleDocument
{
    public string? Id { get; set; }

    public string? Description { get; set; }

    public int? Points { get; set; }

    public ConditionDocument? When { get; set; }
}

internal sealed class RedFlagDocument
{
    public string? Id { get; set; }

    public string? Description { get; set; }

    public string? MinimumTier { get; set; }

    public ConditionDocument? When { get; set; }
}

internal sealed class ConditionDocument
{
    public string? Kind { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Indicator { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Op { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Value { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Min { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Max { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ValueParameter { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? MinParameter { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? MaxParameter { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? WithinDays { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Predicate { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<int>? Months { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Count { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<ConditionDocument?>? Conditions { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(RiskRuleSetDocument))]
internal sealed partial class RiskRuleSetJsonContext : JsonSerializerContext;

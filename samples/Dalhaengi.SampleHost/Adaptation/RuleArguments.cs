using Dalhaengi.Core.Risk;
using Dalhaengi.SampleHost.Infrastructure;

namespace Dalhaengi.SampleHost.Adaptation;

/// <summary>
/// Turns rule arguments into resolved rule sets. An argument is a rule file (full or overlay) or, when no such file
/// exists, the reference of a known rule set (<c>kr.national-outreach</c> or <c>kr.national-outreach@2025.1</c>).
/// Every file argument is also registered, so an overlay may extend another file given on the same command line.
/// </summary>
internal static class RuleArguments
{
    public static RiskRuleSet[] Resolve(IndicatorCatalog catalog, params string[] arguments) => Resolve(catalog, null, arguments);

    /// <summary>As <see cref="Resolve(IndicatorCatalog, string[])"/>, also knowing the rule set in use (a <c>--city</c>'s), by its id.</summary>
    public static RiskRuleSet[] Resolve(IndicatorCatalog catalog, RiskRuleSet? inUse, params string[] arguments)
    {
        var registry = inUse is null ? new RiskRuleSetRegistry(catalog) : new RiskRuleSetRegistry(catalog).With(inUse);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var argument in arguments.Where(File.Exists).Distinct(StringComparer.Ordinal))
        {
            texts[argument] = StrictText.ReadAll(argument);
            registry = registry.WithJson(texts[argument], argument);
        }

        return [.. arguments.Select(a => texts.TryGetValue(a, out var json)
            ? registry.Parse(json, a)
            : IsKnown(registry, a)
                ? registry.Resolve(a)
                : throw new BadInputException($"'{a}' is neither a rule file nor a known rule set (known: {string.Join(", ", registry.Known)})"))];
    }

    private static bool IsKnown(RiskRuleSetRegistry registry, string reference) =>
        registry.Known.Any(k => k == reference || k.StartsWith(reference + "@", StringComparison.Ordinal));
}

using System.Collections.Frozen;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Risk;

/// <summary>
/// Checks an indicator code, or a need (a code or a dotted prefix of one), against a catalog, so that a misspelt
/// code fails where it is written, with the code that was meant, instead of routing a finding to nobody.
/// </summary>
internal static class IndicatorCodeCheck
{
    private static readonly Lazy<FrozenSet<string>> NationalPrefixes = new(() => PrefixesOf(IndicatorCatalog.National));

    /// <summary>Returns <paramref name="code"/> when the catalog defines it; throws with the nearest code otherwise.</summary>
    public static string RequireCode(string code, IndicatorCatalog catalog, string parameterName)
    {
        if (Identifier.IsValid(code) && catalog.Find(new IndicatorCode(code)) is not null)
        {
            return code;
        }

        throw new ArgumentException(Message(code, catalog, "an indicator code"), parameterName);
    }

    /// <summary>Returns <paramref name="need"/> when it is a code of the catalog or a dotted prefix of one; throws otherwise.</summary>
    public static string RequireNeed(string need, IndicatorCatalog catalog, string parameterName)
    {
        var prefixes = ReferenceEquals(catalog, IndicatorCatalog.National) ? NationalPrefixes.Value : PrefixesOf(catalog);
        return prefixes.Contains(need) ? need : throw new ArgumentException(Message(need, catalog, "an indicator code or a dotted prefix of one"), parameterName);
    }

    private static string Message(string value, IndicatorCatalog catalog, string what)
    {
        var codes = catalog.Indicators.Select(i => i.Code.Value).ToList();
        var hint = Nearest.Hint(value, codes, "see the indicator catalog in docs/rule-format.md");
        return $"'{value}' is not {what} of the catalog ({hint})";
    }

    private static FrozenSet<string> PrefixesOf(IndicatorCatalog catalog) =>
        catalog.Indicators.SelectMany(i => Prefixes(i.Code.Value)).ToFrozenSet(StringComparer.Ordinal);

    private static IEnumerable<string> Prefixes(string code)
    {
        for (var i = code.IndexOf('.', StringComparison.Ordinal); i > 0; i = code.IndexOf('.', i + 1))
        {
            yield return code[..i];
        }

        yield return code;
    }
}

using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Geography;

/// <summary>
/// The municipalities shipped with the library: Yangpyeong County, the program's home, and
/// Hwaseong City as the example of a large city with boroughs (구) and 동.
/// </summary>
/// <remarks>
/// Districts carry real names and codes where they could be confirmed. Attested session sites
/// and traditional markets are real; every other site is synthetic sample data and says so
/// through <see cref="Site.IsSample"/>.
/// </remarks>
public static class BuiltInMunicipalities
{
    private static readonly Lazy<Municipality> LazyYangpyeong = new(() => Load("yangpyeong"));
    private static readonly Lazy<Municipality> LazyHwaseong = new(() => Load("hwaseong"));

    /// <summary>Yangpyeong County (양평군), Gyeonggi-do: 12 읍면, its four traditional markets and about 265 village sites.</summary>
    public static Municipality Yangpyeong => LazyYangpyeong.Value;

    /// <summary>Hwaseong City (화성시), Gyeonggi-do: four 구 and 29 읍면동; all its sites are synthetic.</summary>
    public static Municipality Hwaseong => LazyHwaseong.Value;

    /// <summary>The names accepted by <see cref="Get"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["yangpyeong", "hwaseong"];

    /// <summary>Gets a built-in municipality by name.</summary>
    /// <param name="name"><c>yangpyeong</c> or <c>hwaseong</c> (case-insensitive).</param>
    /// <returns>The municipality.</returns>
    /// <exception cref="ArgumentException">There is no built-in municipality of that name.</exception>
    public static Municipality Get(string name) => name?.ToUpperInvariant() switch
    {
        "YANGPYEONG" => Yangpyeong,
        "HWASEONG" => Hwaseong,
        _ => throw new ArgumentException($"Unknown municipality '{name}'; built in are: {string.Join(", ", Names)}.", nameof(name)),
    };

    private static Municipality Load(string name)
    {
        using var stream = EmbeddedData.Open($"municipalities/{name}.json");
        return MunicipalityJson.Load(stream, $"embedded municipalities/{name}.json");
    }
}

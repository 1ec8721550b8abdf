using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Partners;

/// <summary>The partner rosters shipped with the library, matching <see cref="BuiltInMunicipalities"/>.</summary>
/// <remarks>
/// Yangpyeong's organizations and services are those reported for the program; invented entries and Hwaseong's whole
/// roster are marked <see cref="PartnerOrganization.IsSample"/>. Staffing, caps and need prefixes are sample values.
/// </remarks>
public static class BuiltInPartnerRosters
{
    private static readonly Lazy<PartnerRoster> LazyYangpyeong = new(() => Load("yangpyeong"));
    private static readonly Lazy<PartnerRoster> LazyHwaseong = new(() => Load("hwaseong"));

    /// <summary>Yangpyeong County's partners: about 15 organizations, 12 township offices and two sample volunteer groups.</summary>
    public static PartnerRoster Yangpyeong => LazyYangpyeong.Value;

    /// <summary>A sample roster for Hwaseong City, with multi-team partners and one local partner for every 읍면동's office.</summary>
    public static PartnerRoster Hwaseong => LazyHwaseong.Value;

    /// <summary>Gets the built-in roster for a built-in municipality.</summary>
    /// <param name="municipality">The municipality.</param>
    /// <returns>The roster, or <see langword="null"/> when the municipality is not a built-in one.</returns>
    public static PartnerRoster? For(Municipality municipality) =>
        municipality == BuiltInMunicipalities.Yangpyeong ? Yangpyeong
        : municipality == BuiltInMunicipalities.Hwaseong ? Hwaseong
        : null;

    private static PartnerRoster Load(string name)
    {
        using var stream = EmbeddedData.Open($"partners/{name}.json");
        return PartnerRosterJson.Load(stream, $"embedded partners/{name}.json");
    }
}

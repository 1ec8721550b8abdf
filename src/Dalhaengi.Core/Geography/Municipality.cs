using System.Collections.Frozen;
using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Geography;

/// <summary>
/// A municipality (시군구) that runs an outreach program: its optional boroughs (구), its
/// districts (읍면동) and the sites where sessions are held.
/// </summary>
/// <remarks>
/// Immutable and validated as a whole on construction. Two municipalities are equal when all
/// their data is equal, so a municipality survives a JSON round trip unchanged.
/// </remarks>
public sealed class Municipality : IEquatable<Municipality>
{
    private readonly FrozenDictionary<DistrictCode, District> _districtsByCode;
    private readonly FrozenDictionary<SiteId, Site> _sitesById;
    private readonly FrozenDictionary<DistrictCode, ValueList<Site>> _sitesByDistrict;

    /// <summary>Creates a municipality and validates it as a whole.</summary>
    /// <param name="code">The municipality's code.</param>
    /// <param name="name">The municipality's name, for example 양평군 (Yangpyeong County).</param>
    /// <param name="regionType">The region type used by eligibility rules.</param>
    /// <param name="districts">Its districts; at least one.</param>
    /// <param name="sites">The sites where sessions are held.</param>
    /// <param name="boroughs">Its boroughs (구), if it has any.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="name"/> is the default value.</exception>
    /// <exception cref="DalhaengiValidationException">
    /// The data is inconsistent: no district, duplicate codes or ids, a site in an unknown district,
    /// a district in an unknown borough, or fair days outside 0–9 or on a site that is not a market.
    /// Every problem is listed with a path such as <c>$.sites[12].district</c>.
    /// </exception>
    public Municipality(
        MunicipalityCode code,
        BilingualName name,
        RegionType regionType,
        IEnumerable<District> districts,
        IEnumerable<Site> sites,
        IEnumerable<Borough>? boroughs = null)
    {
        Code = Guard.Against.Default(code);
        Name = Guard.Against.Default(name);
        RegionType = Guard.Against.EnumOutOfRange(regionType);
        Guard.Against.Null(districts);
        Guard.Against.Null(sites);
        Districts = districts.ToValueList();
        Sites = sites.ToValueList();
        Boroughs = boroughs.ToValueList();

        var problems = MunicipalityValidator.Validate(this);
        if (problems.Count > 0)
        {
            throw new DalhaengiValidationException($"municipality {code}", problems);
        }

        _districtsByCode = Districts.ToFrozenDictionary(d => d.Code);
        _sitesById = Sites.ToFrozenDictionary(s => s.Id);
        _sitesByDistrict = Districts.ToFrozenDictionary(
            d => d.Code,
            d => Sites.Where(s => s.District == d.Code).ToValueList());
    }

    /// <summary>The municipality's code.</summary>
    public MunicipalityCode Code { get; }

    /// <summary>The municipality's name.</summary>
    public BilingualName Name { get; }

    /// <summary>The region type used by eligibility rules.</summary>
    public RegionType RegionType { get; }

    /// <summary>Its boroughs (구), in the order given; empty for most municipalities.</summary>
    public IReadOnlyList<Borough> Boroughs { get; }

    /// <summary>Its districts (읍면동), in the order given.</summary>
    public IReadOnlyList<District> Districts { get; }

    /// <summary>The sites where sessions are held, in the order given.</summary>
    public IReadOnlyList<Site> Sites { get; }

    /// <summary>Gets a district by its code.</summary>
    /// <param name="code">The district's code.</param>
    /// <returns>The district.</returns>
    /// <exception cref="KeyNotFoundException">The municipality has no such district.</exception>
    public District GetDistrict(DistrictCode code) =>
        _districtsByCode.TryGetValue(code, out var d)
            ? d
            : throw new KeyNotFoundException($"Municipality {Code} has no district '{code}'.");

    /// <summary>Finds a district by its code.</summary>
    /// <param name="code">The district's code.</param>
    /// <returns>The district, or <see langword="null"/> when there is none.</returns>
    public District? FindDistrict(DistrictCode code) => _districtsByCode.GetValueOrDefault(code);

    /// <summary>Finds a district by its Korean name, for example 양평읍.</summary>
    /// <param name="koreanName">The Korean name, compared ordinally.</param>
    /// <returns>The district, or <see langword="null"/> when there is none.</returns>
    public District? FindDistrictByName(string koreanName) =>
        Districts.FirstOrDefault(d => string.Equals(d.Name.Korean, koreanName, StringComparison.Ordinal));

    /// <summary>Gets a site by its id.</summary>
    /// <param name="id">The site's id.</param>
    /// <returns>The site.</returns>
    /// <exception cref="KeyNotFoundException">The municipality has no such site.</exception>
    public Site GetSite(SiteId id) =>
        _sitesById.TryGetValue(id, out var s)
            ? s
            : throw new KeyNotFoundException($"Municipality {Code} has no site '{id}'.");

    /// <summary>Returns the region type of one of the municipality's 읍면동: its own when the city set one, else the municipality's.</summary>
    /// <param name="district">The district's code.</param>
    /// <returns>The region type, <see cref="RegionType.Unconfirmed"/> where the data has not confirmed it.</returns>
    /// <exception cref="KeyNotFoundException">The municipality has no such district.</exception>
    public RegionType RegionTypeOf(DistrictCode district) => GetDistrict(district).RegionType ?? RegionType;

    /// <summary>Finds a site by its id.</summary>
    /// <param name="id">The site's id.</param>
    /// <returns>The site, or <see langword="null"/> when there is none.</returns>
    public Site? FindSite(SiteId id) => _sitesById.GetValueOrDefault(id);

    /// <summary>Lists the sites in one district, in the order given.</summary>
    /// <param name="district">The district's code.</param>
    /// <returns>The district's sites; empty when it has none or is unknown.</returns>
    public IReadOnlyList<Site> SitesIn(DistrictCode district) =>
        _sitesByDistrict.TryGetValue(district, out var list) ? list : ValueList<Site>.Empty;

    /// <inheritdoc/>
    public bool Equals(Municipality? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Code == other.Code
                && Name == other.Name
                && RegionType == other.RegionType
                && Boroughs.Equals(other.Boroughs)
                && Districts.Equals(other.Districts)
                && Sites.Equals(other.Sites)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Municipality);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Name, RegionType, Districts.Count, Sites.Count);

    /// <summary>Returns the code and the Korean name.</summary>
    /// <returns>For example <c>41830 양평군</c>.</returns>
    public override string ToString() => $"{Code} {Name.Korean}";
}

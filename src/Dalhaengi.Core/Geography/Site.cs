using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Geography;

/// <summary>
/// A place where sessions are held: a village hall (마을회관), senior centre (경로당),
/// traditional market (전통시장) or welfare centre, in one district.
/// </summary>
public sealed record Site
{
    /// <summary>Creates a site.</summary>
    /// <param name="id">The site's id.</param>
    /// <param name="district">The district the site is in.</param>
    /// <param name="name">The site's name, for example 대석2리 마을회관.</param>
    /// <param name="kind">What kind of place it is.</param>
    /// <param name="village">The village (리 or 통) it belongs to, for example 대석2리; <see langword="null"/> if none.</param>
    /// <param name="households">Households the site serves, when known.</param>
    /// <param name="elderlyResidents">Residents aged 65 or over the site serves, when known.</param>
    /// <param name="fairDays">
    /// For a traditional market, the last digits of the days of the month its five-day fair (오일장) is held,
    /// for example 3 and 8 for the 3rd, 8th, 13th, 18th, 23rd and 28th. Empty for other sites and for markets
    /// whose fair days are not known.
    /// </param>
    /// <param name="isSample">Whether the site is synthetic sample data rather than an attested place.</param>
    /// <exception cref="ArgumentException">An id is the default value or a count is negative.</exception>
    public Site(
        SiteId id,
        DistrictCode district,
        BilingualName name,
        SiteKind kind,
        string? village = null,
        int? households = null,
        int? elderlyResidents = null,
        IEnumerable<int>? fairDays = null,
        bool isSample = false)
    {
        Id = Guard.Against.Default(id);
        District = Guard.Against.Default(district);
        Name = Guard.Against.Default(name);
        Kind = Guard.Against.EnumOutOfRange(kind);
        Village = string.IsNullOrWhiteSpace(village) ? null : Guard.Against.ResidentNumber(village);
        Households = households is null ? null : Guard.Against.Negative(households.Value, nameof(households));
        ElderlyResidents = elderlyResidents is null ? null : Guard.Against.Negative(elderlyResidents.Value, nameof(elderlyResidents));
        FairDays = fairDays.ToValueList();
        IsSample = isSample;
    }

    /// <summary>The site's id.</summary>
    public SiteId Id { get; }

    /// <summary>The district the site is in.</summary>
    public DistrictCode District { get; }

    /// <summary>The site's name.</summary>
    public BilingualName Name { get; }

    /// <summary>What kind of place it is.</summary>
    public SiteKind Kind { get; }

    /// <summary>The village (리 or 통) the site belongs to, or <see langword="null"/>.</summary>
    public string? Village { get; }

    /// <summary>Households the site serves, or <see langword="null"/> when unknown.</summary>
    public int? Households { get; }

    /// <summary>Residents aged 65 or over the site serves, or <see langword="null"/> when unknown.</summary>
    public int? ElderlyResidents { get; }

    /// <summary>Last digits (0–9) of the market's fair days; empty when not a market or unknown.</summary>
    public IReadOnlyList<int> FairDays { get; }

    /// <summary>Whether the site is synthetic sample data.</summary>
    public bool IsSample { get; }

    /// <summary>Tells whether a fair is held at this site on a given day of the month.</summary>
    /// <param name="dayOfMonth">The day of the month, 1 to 31.</param>
    /// <returns><see langword="true"/> when the day's last digit is one of <see cref="FairDays"/>.</returns>
    /// <remarks>The 31st counts as a fair day for a market with fair digit 1, as five-day fairs are reckoned by last digit.</remarks>
    public bool IsFairDay(int dayOfMonth)
    {
        Guard.Against.OutOfRange(dayOfMonth, nameof(dayOfMonth), 1, 31);
        var digit = dayOfMonth % 10;
        foreach (var d in FairDays)
        {
            if (d == digit)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the id and the Korean name.</summary>
    /// <returns>For example <c>yp-0001 대석2리 마을회관</c>.</returns>
    public override string ToString() => $"{Id} {Name.Korean}";
}

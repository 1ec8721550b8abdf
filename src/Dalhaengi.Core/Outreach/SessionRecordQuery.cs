using Dalhaengi.Core.Geography;
using NodaTime;

namespace Dalhaengi.Core.Outreach;

/// <summary>Filters session records; every criterion that is set must match (an empty query matches all).</summary>
public sealed record SessionRecordQuery
{
    /// <summary>Only sessions whose current date is in this interval (inclusive), or any date when <see langword="null"/>.</summary>
    public DateInterval? Dates { get; init; }

    /// <summary>Only sessions in this district, or any when <see langword="null"/>.</summary>
    public DistrictCode? District { get; init; }

    /// <summary>Only sessions at this site, or any when <see langword="null"/>.</summary>
    public SiteId? Site { get; init; }

    internal bool Matches(SessionRecord record)
    {
        var d = record.Current;
        return (Dates is null || Dates.Contains(d.Date))
            && (District is null || District == d.District)
            && (Site is null || Site == d.Site);
    }
}

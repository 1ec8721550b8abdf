using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Rotation;
using NodaTime;

namespace Dalhaengi.Core.Tests.Rotation;

/// <summary>
/// An exact search, independent of the planner, for whether a tiny instance admits a schedule in which every district
/// gets exactly its fair share and no two consecutive sessions of a district are further apart than its longest-gap
/// bound <c>⌊MaxGapFactor · S ÷ T⌋</c> slots, under the calendar, the minimum gap, the sites open each day (markets on
/// their fair days only, one session per site a day). Depth-first over the slots with memoised dead states.
/// </summary>
public sealed class GapBoundSearch
{
    private readonly LocalDate[] _dates;
    private readonly int[][] _open;
    private readonly int[] _target;
    private readonly long[] _bound;
    private readonly int _minGap;
    private readonly HashSet<string> _dead = [];
    private int _nodes;

    private GapBoundSearch(LocalDate[] dates, int[][] open, int[] target, long[] bound, int minGap)
    {
        (_dates, _open, _target, _bound, _minGap) = (dates, open, target, bound, minGap);
    }

    /// <summary>The season's slots (the planner's <c>S</c>).</summary>
    public int Slots => _dates.Length;

    /// <summary>Each district's fair share, in the planner's district order (by code).</summary>
    public IReadOnlyList<int> Targets => _target;

    /// <summary>Each district's bound in slots, or <see cref="long.MaxValue"/> with a share of 0.</summary>
    public IReadOnlyList<long> Bounds => _bound;

    /// <summary>Builds the search for a request (no cap, no history, no held sessions, weights by population).</summary>
    public static GapBoundSearch For(RotationRequest request)
    {
        var season = request.Season;
        var districts = request.Municipality.Districts.OrderBy(d => d.Code.Value, StringComparer.Ordinal).ToArray();
        var dates = season.WeekdayDates().Where(d => season.CheckDay(d) is null).SelectMany(d => Enumerable.Repeat(d, season.SessionsPerDay)).ToArray();
        var open = dates.Select(date => districts.Select(d => request.Municipality.SitesIn(d.Code)
            .Count(s => s.Kind != SiteKind.TraditionalMarket || !request.Policy.MarketsOnFairDaysOnly || s.IsFairDay(date.Day))).ToArray()).ToArray();
        var target = Apportionment.LargestRemainder(dates.Length, [.. districts.Select(d => (long)(d.Population ?? 0))], request.Policy.GuaranteeOneSessionPerDistrict);
        var bound = target.Select(t => t == 0 ? long.MaxValue : (long)Math.Floor(request.Policy.MaxGapFactor * dates.Length / t)).ToArray();
        return new GapBoundSearch(dates, open, target, bound, request.Policy.MinGapDays);
    }

    /// <summary>Whether a schedule meeting every share within the bound exists; <see langword="null"/> when the search gave up.</summary>
    public bool? Feasible()
    {
        var n = _target.Length;
        var left = (int[])_target.Clone();
        var last = Enumerable.Repeat(-1, n).ToArray();
        _nodes = 0;
        try
        {
            return Search(0, left, last, new int[n]);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private bool Search(int slot, int[] left, int[] last, int[] usedToday)
    {
        if (slot == _dates.Length)
        {
            return left.All(l => l == 0);
        }

        if (++_nodes > 2_000_000)
        {
            throw new InvalidOperationException("search limit");
        }

        for (var d = 0; d < left.Length; d++)
        {
            // A district still owed a session whose bound has already passed cannot be saved.
            if (left[d] > 0 && last[d] >= 0 && slot - last[d] > _bound[d])
            {
                return false;
            }
        }

        var newDay = slot == 0 || _dates[slot] != _dates[slot - 1];
        var today = newDay ? new int[left.Length] : usedToday;
        var key = $"{slot}|{string.Join(',', left)}|{string.Join(',', last)}|{string.Join(',', today)}";
        if (_dead.Contains(key))
        {
            return false;
        }

        for (var d = 0; d < left.Length; d++)
        {
            if (left[d] == 0 || today[d] >= _open[slot][d]
                || (last[d] >= 0 && _minGap > 0 && Period.DaysBetween(_dates[last[d]], _dates[slot]) < _minGap))
            {
                continue;
            }

            var (l, p) = (last[d], today[d]);
            left[d]--;
            last[d] = slot;
            today[d]++;
            var found = Search(slot + 1, left, last, today);
            left[d]++;
            last[d] = l;
            today[d] = p;
            if (found)
            {
                return true;
            }
        }

        _dead.Add(key);
        return false;
    }
}

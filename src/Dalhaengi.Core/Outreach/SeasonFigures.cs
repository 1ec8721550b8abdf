using System.Collections.Immutable;

namespace Dalhaengi.Core.Outreach;

/// <summary>The counts of a season report for one scope: the whole season, one district or one month.</summary>
/// <remarks>Two figures are equal when every measure is equal. Counts are <see langword="long"/> so that no combination of stored sessions can overflow a sum.</remarks>
public sealed class SeasonFigures : IEquatable<SeasonFigures>
{
    private static readonly SeasonMeasure[] AllMeasures = Enum.GetValues<SeasonMeasure>();
    private readonly ImmutableArray<long> _values;

    internal SeasonFigures(long[] values) => _values = [.. values];

    /// <summary>Every measure, in declaration order.</summary>
    public static IReadOnlyList<SeasonMeasure> Measures => AllMeasures;

    /// <summary>Gets one measure.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>Its count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="measure"/> is not a defined measure.</exception>
    public long this[SeasonMeasure measure] =>
        Enum.IsDefined(measure) ? _values[(int)measure] : throw new ArgumentOutOfRangeException(nameof(measure), measure, "Unknown measure.");

    /// <summary>Sessions held.</summary>
    public long SessionsHeld => this[SeasonMeasure.SessionsHeld];

    /// <summary>Sessions called off.</summary>
    public long SessionsCancelled => this[SeasonMeasure.SessionsCancelled];

    /// <summary>People attending held sessions, each counted once per session (참여 인원).</summary>
    public long ResidentsServed => this[SeasonMeasure.ResidentsServed];

    /// <summary>Service uses (이용 건수): one per service a resident used.</summary>
    public long ServicesDelivered => this[SeasonMeasure.ServicesDelivered];

    /// <summary>Items handed out.</summary>
    public long ItemsDistributed => this[SeasonMeasure.ItemsDistributed];

    /// <summary>Findings (유소견자).</summary>
    public long Findings => this[SeasonMeasure.Findings];

    /// <summary>Referrals made.</summary>
    public long Referrals => this[SeasonMeasure.Referrals];

    /// <summary>Referrals closed as resolved within their deadline.</summary>
    public long ReferralsClosedResolvedWithinDeadline => this[SeasonMeasure.ReferralsClosedResolvedWithinDeadline];

    /// <summary>Cases opened.</summary>
    public long CasesOpened => this[SeasonMeasure.CasesOpened];

    /// <summary>Cases closed.</summary>
    public long CasesClosed => this[SeasonMeasure.CasesClosed];

    /// <inheritdoc/>
    public bool Equals(SeasonFigures? other) => other is not null && _values.AsSpan().SequenceEqual(other._values.AsSpan());

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SeasonFigures);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var v in _values)
        {
            hash.Add(v);
        }

        return hash.ToHashCode();
    }

    /// <summary>Lists the headline figures on one line.</summary>
    /// <returns>For example <c>35 sessions held, 1400 residents attending, 8110 service uses, 9 findings, 1238 items</c>.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{SessionsHeld} sessions held, {ResidentsServed} residents attending, {ServicesDelivered} service uses, {Findings} findings, {ItemsDistributed} items");

    /// <summary>Adds up counts for one scope while a report is computed.</summary>
    internal sealed class Builder
    {
        // long, checked: a season's sums of per-session counts (each up to int.MaxValue in the library) cannot overflow
        // for any number of stored rows a store can hold, so nothing stored can make a report crash.
        private readonly long[] _values = new long[AllMeasures.Length];

        public void Add(SeasonMeasure measure, long count) => _values[(int)measure] = checked(_values[(int)measure] + count);

        public SeasonFigures Build() => new(_values);
    }
}

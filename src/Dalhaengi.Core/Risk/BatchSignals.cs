namespace Dalhaengi.Core.Risk;

/// <summary>
/// The per-household layout of a batch's signals: per household its presence words and, per indicator it carries,
/// a run of signals (ordinal, value, age, source) in flat arrays.
/// </summary>
/// <remarks>
/// A batch filled row by row has it from the start; a batch filled column by column
/// (<see cref="HouseholdBatchBuilder.SetColumn(IndicatorHandle, ReadOnlySpan{double}, NodaTime.LocalDate, Households.SignalSource)"/>)
/// builds it from its columns the first time something reads it (an explanation, one household at a time, a rule
/// the column screen cannot hold, a household the columns do not hold exactly), so screening such a batch never
/// pays for a second copy of its signals.
/// </remarks>
internal sealed class BatchSignals(ulong[] presence, int[] pairOffset, int[] runStart, ushort[] ordinals, double[] values, int[] ages, byte[] sources)
{
    internal ulong[] Presence { get; } = presence;

    internal int[] PairOffset { get; } = pairOffset;

    internal int[] RunStart { get; } = runStart;

    internal ushort[] Ordinals { get; } = ordinals;

    internal double[] Values { get; } = values;

    internal int[] Ages { get; } = ages;

    internal byte[] Sources { get; } = sources;
}

using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using NodaTime;

namespace Dalhaengi.Core.Risk;

/// <summary>The column-at-a-time path: a wide table (one column per indicator) fills the batch a column at a time.</summary>
public sealed partial class HouseholdBatchBuilder
{
    // The columns set so far, reused after Clear (their arrays keep the size they have grown to).
    private readonly List<ColumnBuffer> _columnBuffers = [];
    // Cells a float column cannot hold exactly (household, ordinal, value, age): kept exact, screened per household.
    private readonly List<(int Household, int Ordinal, double Value, int Age)> _exactCells = [];
    // Per cell, the age while a column with a day per cell is set (reused).
    private int[] _cellAges = [];
    private bool _byColumns;
    private bool _columnsStarted;
    private int _columnCount;
    private int _cellCount;

    /// <summary>How narrow the batch's column cells may be (the tests and benchmarks force each layout).</summary>
    internal ColumnCellOptions CellOptions { get; set; } = ColumnCellOptions.Default;

    /// <summary>Adds households in bulk, the first step of filling the batch by columns (a wide table, a database extract).</summary>
    /// <param name="ids">The households' ids, one per row.</param>
    /// <param name="districts">Their districts, one per row.</param>
    /// <remarks>
    /// Then give the rows' derived facts with <see cref="SetFact"/> and their indicators a column at a time with
    /// <see cref="SetColumn(IndicatorHandle, ReadOnlySpan{double}, LocalDate, SignalSource)"/>; a builder filled
    /// this way takes no rows (<see cref="Add(Household)"/>, <see cref="AddSignal(IndicatorHandle, double, LocalDate, SignalSource)"/>)
    /// until <see cref="Clear"/>. Several calls append; all households must be added before the first column or fact.
    /// The batch holds the indicators given as columns only as columns (screened across households); explanations and
    /// one-household evaluation build the per-household layout from them when first asked.
    /// </remarks>
    /// <exception cref="InvalidOperationException">The builder has rows, columns or facts already, or the batch was built.</exception>
    /// <exception cref="ArgumentException">The spans differ in length, or an id or a district is the default value.</exception>
    // Bulk: straight to optimised code (a batch is built once a week, a tier-0 loop over every cell would dominate).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddHouseholds(ReadOnlySpan<HouseholdId> ids, ReadOnlySpan<DistrictCode> districts)
    {
        if (_built || (_ids.Count > 0 && !_byColumns) || _columnsStarted)
        {
            throw new InvalidOperationException(_built
                ? "The batch was already built (call Clear to start a new batch)."
                : _columnsStarted
                    ? "Add every household before the first SetColumn or SetFact."
                    : "This builder already has households added row by row; fill a batch by columns in another builder or call Clear first.");
        }

        if (districts.Length != ids.Length)
        {
            throw new ArgumentException($"There are {ids.Length} ids and {districts.Length} districts; they must be as many.", nameof(districts));
        }

        _byColumns = true;
        var first = _ids.Count;
        var lastDistrict = default(DistrictCode);
        var last = -1;
        // Written in place (no Add per row): the lists keep the storage a reused builder has grown.
        CollectionsMarshal.SetCount(_districtIndex, first + ids.Length);
        var index = CollectionsMarshal.AsSpan(_districtIndex)[first..];
        for (var i = 0; i < ids.Length; i++)
        {
            if (ids[i].Value is null)
            {
                CollectionsMarshal.SetCount(_districtIndex, first);
                throw new ArgumentException($"Row {first + i + 1}: the household id is empty.", nameof(ids));
            }

            var district = districts[i];
            // Rows of a district usually come together: one comparison instead of a lookup per row.
            if (last < 0 || district != lastDistrict)
            {
                if (district == default)
                {
                    CollectionsMarshal.SetCount(_districtIndex, first);
                    throw new ArgumentException($"Row {first + i + 1}: the district is empty.", nameof(districts));
                }

                if (!_districtOrdinals.TryGetValue(district, out last))
                {
                    last = _districts.Count;
                    _districtOrdinals.Add(district, last);
                    _districts.Add(district);
                }

                lastDistrict = district;
            }

            index[i] = last;
        }

        CollectionsMarshal.SetCount(_ids, first + ids.Length);
        ids.CopyTo(CollectionsMarshal.AsSpan(_ids)[first..]);
        CollectionsMarshal.SetCount(_predicates, first + ids.Length);
        CollectionsMarshal.AsSpan(_predicates)[first..].Clear();
    }

    /// <summary>Sets one derived fact for every household added with <see cref="AddHouseholds"/>.</summary>
    /// <param name="predicate">The fact.</param>
    /// <param name="holds">Per household, in the order added, whether it holds as of the batch date.</param>
    /// <exception cref="InvalidOperationException">The builder is not being filled by columns, or the batch was built.</exception>
    /// <exception cref="ArgumentException"><paramref name="holds"/> is not one value per household, or the fact is not defined.</exception>
    // Bulk: straight to optimised code (a batch is built once a week, a tier-0 loop over every cell would dominate).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void SetFact(HouseholdPredicate predicate, ReadOnlySpan<bool> holds)
    {
        CheckColumns(holds.Length, nameof(holds));
        var bit = 1u << (int)Defined(predicate, nameof(predicate));
        var facts = CollectionsMarshal.AsSpan(_predicates);
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            // Sixteen households at a time: the flags widened to words, the fact's bit set or cleared.
            ref var flags = ref Unsafe.As<bool, byte>(ref MemoryMarshal.GetReference(holds));
            ref var words = ref MemoryMarshal.GetReference(facts);
            var bits = Vector256.Create(bit);
            for (; i + 16 <= facts.Length; i += 16)
            {
                var (lo, hi) = Vector256.Widen(Vector256.WidenLower(Vector128.LoadUnsafe(ref flags, (nuint)i).ToVector256Unsafe()));
                var a = Vector256.LoadUnsafe(ref words, (nuint)i);
                var b = Vector256.LoadUnsafe(ref words, (nuint)(i + 8));
                ((a & ~bits) | (~Vector256.Equals(lo, Vector256<uint>.Zero) & bits)).StoreUnsafe(ref words, (nuint)i);
                ((b & ~bits) | (~Vector256.Equals(hi, Vector256<uint>.Zero) & bits)).StoreUnsafe(ref words, (nuint)(i + 8));
            }
        }

        for (; i < facts.Length; i++)
        {
            facts[i] = (facts[i] & ~bit) | (holds[i] ? bit : 0);
        }
    }

    /// <summary>Sets one indicator for every household added with <see cref="AddHouseholds"/>, all observed on one day (an extract's date).</summary>
    /// <param name="indicator">The indicator, resolved against this builder's catalog with <see cref="IndicatorHandle.Of"/>.</param>
    /// <param name="values">Per household, in the order added, the value in the indicator's unit; <see cref="double.NaN"/> for an empty cell (no signal).</param>
    /// <param name="observedOn">The day the column was observed; after the batch date, the column gives no signals.</param>
    /// <param name="source">Where the column came from.</param>
    /// <exception cref="InvalidOperationException">The builder is not being filled by columns, or the batch was built.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="values"/> is not one value per household, the handle is default, of another catalog or already
    /// set, the source is not defined, or a value (other than an empty cell) is infinite or not a possible value of the
    /// indicator; the message names the row.
    /// </exception>
    public void SetColumn(IndicatorHandle indicator, ReadOnlySpan<double> values, LocalDate observedOn, SignalSource source) =>
        SetColumn(indicator, values, HouseholdFacts.DayNumber(observedOn), [], source);

    /// <summary>Sets one indicator for every household added with <see cref="AddHouseholds"/>, each cell with its own observation day.</summary>
    /// <param name="indicator">The indicator, resolved against this builder's catalog with <see cref="IndicatorHandle.Of"/>.</param>
    /// <param name="values">Per household, in the order added, the value in the indicator's unit; <see cref="double.NaN"/> for an empty cell (no signal).</param>
    /// <param name="observedOn">Per household, the day its value was observed; a cell observed after the batch date gives no signal.</param>
    /// <param name="source">Where the column came from.</param>
    /// <exception cref="InvalidOperationException">The builder is not being filled by columns, or the batch was built.</exception>
    /// <exception cref="ArgumentException">
    /// A span is not one entry per household, the handle is default, of another catalog or already set, the source is
    /// not defined, or a value (other than an empty cell) is infinite or not a possible value of the indicator; the
    /// message names the row.
    /// </exception>
    public void SetColumn(IndicatorHandle indicator, ReadOnlySpan<double> values, ReadOnlySpan<LocalDate> observedOn, SignalSource source)
    {
        CheckColumns(observedOn.Length, nameof(observedOn));
        SetColumn(indicator, values, 0, observedOn, source);
    }

    // Bulk: straight to optimised code (a batch is built once a week, a tier-0 loop over every cell would dominate).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SetColumn(IndicatorHandle indicator, ReadOnlySpan<double> values, int day, ReadOnlySpan<LocalDate> days, SignalSource source)
    {
        CheckColumns(values.Length, nameof(values));
        var ordinal = OrdinalOf(indicator, nameof(indicator));
        Defined(source, nameof(source));
        for (var c = 0; c < _columnCount; c++)
        {
            if (_columnBuffers[c].Ordinal == ordinal)
            {
                throw new ArgumentException($"The column of {indicator} is already set.", nameof(indicator));
            }
        }

        var n = values.Length;
        if (_columnCount == _columnBuffers.Count)
        {
            _columnBuffers.Add(new ColumnBuffer());
        }

        // The column counts as set only once its values passed the checks (a bad value throws and sets nothing).
        var buffer = _columnBuffers[_columnCount];
        if (days.IsEmpty && CellOptions.Age == CellKind.None && CellOptions.MinValue <= CellKind.Byte && _asOfDay - day >= 0)
        {
            // The common extract (flags and small counts, one day): checked, converted and written in one pass.
            buffer.Reset(ordinal, (byte)source, n, CellKind.Byte, CellKind.None, _asOfDay - day);
            if (TryWriteBytes(ordinal, values, buffer.Values, out var cells))
            {
                buffer.MaxAge = cells > 0 ? _asOfDay - day : -1;
                _cellCount += cells;
                _columnCount++;
                return;
            }
        }

        // Two passes: the catalog's bounds and the narrowest cells that hold every value exactly, then the cells.
        var (kind, filled) = CheckValues(ordinal, values);
        _columnCount++;
        if (kind < CellOptions.MinValue)
        {
            kind = CellOptions.MinValue;
        }

        if (days.IsEmpty && CellOptions.Age == CellKind.None)
        {
            // One extract day: one age for the column, and only value cells.
            var age = _asOfDay - day;
            buffer.Reset(ordinal, (byte)source, n, kind, CellKind.None, age);
            if (age < 0)
            {
                // Observed after the batch date: no signals (every cell empty).
                buffer.FillEmpty();
                return;
            }

            buffer.MaxAge = filled > 0 ? age : -1;
            _cellCount += filled;
            WriteValues(buffer, values, ordinal, []);
            return;
        }

        // A day per cell: the ages first, so a cell observed after the batch date is left empty.
        var ages = Scratch(n);
        var oldest = -1;
        for (var i = 0; i < n; i++)
        {
            // An empty cell's day is not read (a sparse table is mostly empty cells).
            ages[i] = double.IsNaN(values[i]) ? -1 : _asOfDay - (days.IsEmpty ? day : HouseholdFacts.DayNumber(days[i]));
            oldest = Math.Max(oldest, ages[i]);
        }

        var ageKind = oldest < BatchColumns.SaturatedAge && CellOptions.Age != CellKind.UShort ? CellKind.Byte : CellKind.UShort;
        buffer.Reset(ordinal, (byte)source, n, kind, ageKind, 0);
        var exactBefore = _exactCells.Count;
        WriteValues(buffer, values, ordinal, ages.AsSpan(0, n));
        var maxAge = -1;
        var kept = 0;
        var byteAges = buffer.Ages.AsSpan(0, n);
        var shortAges = MemoryMarshal.Cast<byte, ushort>(buffer.Ages.AsSpan(0, ageKind == CellKind.UShort ? 2 * n : 0));
        for (var i = 0; i < n; i++)
        {
            var age = ages[i];
            if (age < 0)
            {
                // Empty, or observed after the batch date: no signal.
                if (!double.IsNaN(values[i]))
                {
                    buffer.SetEmpty(i);
                }

                continue;
            }

            kept++;
            if (age > BatchColumns.MaxAge)
            {
                // Older than a 16-bit age holds: kept exact, its household screened per household.
                if (!buffer.IsEmpty(i))
                {
                    buffer.SetEmpty(i);
                    _exactCells.Add((i, ordinal, values[i], age));
                }

                continue;
            }

            if (ageKind == CellKind.Byte)
            {
                byteAges[i] = (byte)age;
            }
            else
            {
                shortAges[i] = (ushort)age;
            }

            maxAge = Math.Max(maxAge, age);
        }

        // A value kept exact has an empty cell: its age cell must read empty too (a presence test reads only ages).
        for (var e = exactBefore; e < _exactCells.Count; e++)
        {
            buffer.ClearAge(_exactCells[e].Household);
        }

        _cellCount += kept;
        buffer.MaxAge = maxAge;
    }

    private int[] Scratch(int n)
    {
        if (_cellAges.Length < n)
        {
            _cellAges = new int[n];
        }

        return _cellAges;
    }

    // Converts the values to the column's cells, eight or more at a time; a value a float cell cannot hold exactly
    // is kept exact (its cell empty, its household screened per household).
    // Bulk: straight to optimised code (a batch is built once a week, a tier-0 loop over every cell would dominate).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteValues(ColumnBuffer buffer, ReadOnlySpan<double> values, int ordinal, ReadOnlySpan<int> ages)
    {
        var i = 0;
        var n = values.Length;
        ref var source = ref MemoryMarshal.GetReference(values);
        ref var cells = ref MemoryMarshal.GetArrayDataReference(buffer.Values);
        if (Vector256.IsHardwareAccelerated)
        {
            switch (buffer.ValueKind)
            {
                case CellKind.Byte:
                    for (; i + 32 <= n; i += 32)
                    {
                        var lo = Vector256.Narrow(Ints(ref source, i, byte.MaxValue), Ints(ref source, i + 8, byte.MaxValue));
                        var hi = Vector256.Narrow(Ints(ref source, i + 16, byte.MaxValue), Ints(ref source, i + 24, byte.MaxValue));
                        Vector256.Narrow(lo.AsUInt16(), hi.AsUInt16()).StoreUnsafe(ref cells, (nuint)i);
                    }

                    break;
                case CellKind.UShort:
                    for (; i + 16 <= n; i += 16)
                    {
                        Vector256.Narrow(Ints(ref source, i, ushort.MaxValue).AsUInt32(), Ints(ref source, i + 8, ushort.MaxValue).AsUInt32())
                            .StoreUnsafe(ref Unsafe.As<byte, ushort>(ref cells), (nuint)i);
                    }

                    break;
                default:
                    for (; i + 8 <= n; i += 8)
                    {
                        var a = Vector256.LoadUnsafe(ref source, (nuint)i);
                        var b = Vector256.LoadUnsafe(ref source, (nuint)(i + 4));
                        var f = Vector256.Narrow(a, b);
                        var (wa, wb) = Vector256.Widen(f);
                        // A filled cell not exact as a float stops the vector loop; the scalar loop keeps it exact.
                        if (((Vector256.Equals(a, a) & ~Vector256.Equals(wa, a)) | (Vector256.Equals(b, b) & ~Vector256.Equals(wb, b))) != Vector256<double>.Zero)
                        {
                            break;
                        }

                        f.StoreUnsafe(ref Unsafe.As<byte, float>(ref cells), (nuint)i);
                    }

                    break;
            }
        }

        for (; i < n; i++)
        {
            var value = values[i];
            if (double.IsNaN(value))
            {
                buffer.SetEmpty(i);
            }
            else if (buffer.ValueKind == CellKind.Float && (float)value != value)
            {
                buffer.SetEmpty(i);
                var age = ages.IsEmpty ? buffer.OneAge : ages[i];
                if (age >= 0)
                {
                    _exactCells.Add((i, ordinal, value, age));
                }
            }
            else
            {
                buffer.SetValue(i, value);
            }
        }
    }

    // One pass for a column whose every value is a possible value of its indicator and a whole number 0–254 (the
    // byte cells): false, with the cells half written, at the first value that is not; the two-pass path then
    // checks and writes the column again (and names the row of an impossible value).
    // Bulk: straight to optimised code (a batch is built once a week, a tier-0 loop over every cell would dominate).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryWriteBytes(int ordinal, ReadOnlySpan<double> values, byte[] cells, out int filled)
    {
        var low = Math.Max(_lowest[ordinal], 0);
        var high = Math.Min(_highest[ordinal], byte.MaxValue - 1);
        var n = values.Length;
        var i = 0;
        filled = 0;
        ref var source = ref MemoryMarshal.GetReference(values);
        ref var to = ref MemoryMarshal.GetArrayDataReference(cells);
        if (Vector256.IsHardwareAccelerated)
        {
            var lows = Vector256.Create(low);
            var highs = Vector256.Create(high);
            for (; i + 32 <= n; i += 32)
            {
                var bad = Vector256<double>.Zero;
                var missing = 0;
                var c0 = ByteCells(ref source, i, lows, highs, ref bad, ref missing);
                var c1 = ByteCells(ref source, i + 8, lows, highs, ref bad, ref missing);
                var c2 = ByteCells(ref source, i + 16, lows, highs, ref bad, ref missing);
                var c3 = ByteCells(ref source, i + 24, lows, highs, ref bad, ref missing);
                if (bad != Vector256<double>.Zero)
                {
                    return false;
                }

                Vector256.Narrow(Vector256.Narrow(c0, c1).AsUInt16(), Vector256.Narrow(c2, c3).AsUInt16()).StoreUnsafe(ref to, (nuint)i);
                filled += 32 - missing;
            }
        }

        for (; i < n; i++)
        {
            var value = values[i];
            if (double.IsNaN(value))
            {
                Unsafe.Add(ref to, i) = byte.MaxValue;
            }
            else if (value >= low && value <= high && value == Math.Floor(value))
            {
                Unsafe.Add(ref to, i) = (byte)value;
                filled++;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    // Eight values as byte cells (an empty one as 255); bad gets the lanes that are neither empty nor a whole number
    // within [low, high], missing the number of empty cells.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> ByteCells(ref double source, int i, Vector256<double> low, Vector256<double> high, ref Vector256<double> bad, ref int missing)
    {
        var a = Vector256.LoadUnsafe(ref source, (nuint)i);
        var b = Vector256.LoadUnsafe(ref source, (nuint)(i + 4));
        var (na, nb) = (~Vector256.Equals(a, a), ~Vector256.Equals(b, b));
        bad |= ~((Vector256.GreaterThanOrEqual(a, low) & Vector256.LessThanOrEqual(a, high) & Vector256.Equals(Vector256.Floor(a), a)) | na);
        bad |= ~((Vector256.GreaterThanOrEqual(b, low) & Vector256.LessThanOrEqual(b, high) & Vector256.Equals(Vector256.Floor(b), b)) | nb);
        missing += BitOperations.PopCount(na.ExtractMostSignificantBits() | (nb.ExtractMostSignificantBits() << 4));
        var f = Vector256.Narrow(a, b);
        return Vector256.ConditionalSelect(Vector256.Equals(f, f).AsInt32(), Vector256.ConvertToInt32(f), Vector256.Create((int)byte.MaxValue));
    }

    // Eight values as whole numbers (checked to be whole and in range before), an empty cell as the marker.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> Ints(ref double source, int i, int empty)
    {
        var f = Vector256.Narrow(Vector256.LoadUnsafe(ref source, (nuint)i), Vector256.LoadUnsafe(ref source, (nuint)(i + 4)));
        return Vector256.ConditionalSelect(Vector256.Equals(f, f).AsInt32(), Vector256.ConvertToInt32(f), Vector256.Create(empty));
    }

    // The bounds precomputed per ordinal, checked four values at a time; the first value outside them (or infinite)
    // gets the row-path message with its row. Also gives the narrowest cells that hold every value exactly and the
    // number of filled cells.
    // Bulk: straight to optimised code (a batch is built once a week, a tier-0 loop over every cell would dominate).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (CellKind Kind, int Filled) CheckValues(int ordinal, ReadOnlySpan<double> values)
    {
        var lowest = _lowest[ordinal];
        var highest = _highest[ordinal];
        var whole = _whole[ordinal];
        var i = 0;
        var filled = 0;
        var allWhole = true;
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        if (Vector256.IsHardwareAccelerated)
        {
            var low = Vector256.Create(lowest);
            var high = Vector256.Create(highest);
            var mins = Vector256.Create(double.PositiveInfinity);
            var maxs = Vector256.Create(double.NegativeInfinity);
            var wholes = Vector256<long>.AllBitsSet;
            var count = Vector256<long>.Zero;
            ref var source = ref MemoryMarshal.GetReference(values);
            for (; i + 4 <= values.Length; i += 4)
            {
                var v = Vector256.LoadUnsafe(ref source, (nuint)i);
                var present = Vector256.Equals(v, v);
                var isWhole = Vector256.Equals(Vector256.Floor(v), v);
                var ok = (Vector256.GreaterThanOrEqual(v, low) & Vector256.LessThanOrEqual(v, high)) | ~present;
                if (whole)
                {
                    ok &= isWhole | ~present;
                }

                if (!Vector256.EqualsAll(ok.AsInt64(), Vector256<long>.AllBitsSet))
                {
                    break;
                }

                // NaN is neither the smallest nor the largest: masked to the neutral infinities.
                mins = Vector256.Min(mins, Vector256.ConditionalSelect(present, v, Vector256.Create(double.PositiveInfinity)));
                maxs = Vector256.Max(maxs, Vector256.ConditionalSelect(present, v, Vector256.Create(double.NegativeInfinity)));
                wholes &= (isWhole | ~present).AsInt64();
                count -= present.AsInt64();
            }

            for (var k = 0; k < 4; k++)
            {
                min = Math.Min(min, mins[k]);
                max = Math.Max(max, maxs[k]);
                filled += (int)count[k];
            }

            allWhole = Vector256.EqualsAll(wholes, Vector256<long>.AllBitsSet);
        }

        for (; i < values.Length; i++)
        {
            var value = values[i];
            if (double.IsNaN(value))
            {
                continue;
            }

            if (value >= lowest && value <= highest && (!whole || value == Math.Floor(value)))
            {
                filled++;
                min = Math.Min(min, value);
                max = Math.Max(max, value);
                allWhole &= value == Math.Floor(value);
                continue;
            }

            var problem = !double.IsFinite(value)
                ? "the value must be a finite number"
                : _catalog.Indicators[ordinal].ValueProblem(value) ?? $"{value} is not a possible value";
            throw new ArgumentException($"Row {i + 1}, indicator {_catalog.Indicators[ordinal].Code}: {problem}.", nameof(values));
        }

        var kind = allWhole && min >= 0 && max <= byte.MaxValue - 1 ? CellKind.Byte
            : allWhole && min >= 0 && max <= ushort.MaxValue - 1 ? CellKind.UShort
            : CellKind.Float;
        return (filled == 0 ? CellKind.Byte : kind, filled);
    }

    private void CheckColumns(int length, string parameterName)
    {
        if (!_byColumns || _built)
        {
            throw new InvalidOperationException(_built
                ? "The batch was already built (call Clear to start a new batch)."
                : "Add the households with AddHouseholds before setting columns or facts.");
        }

        if (length != _ids.Count)
        {
            throw new ArgumentException($"The builder has {_ids.Count} households; the column has {length} cells.", parameterName);
        }

        _columnsStarted = true;
    }

    private void ClearColumns()
    {
        _byColumns = false;
        _columnsStarted = false;
        _columnCount = 0;
        _cellCount = 0;
        _exactCells.Clear();
    }

    // Interleaves the columns into blocks of BatchColumns.Lanes households (the layout the column screen reads), block
    // by block so the batch's cells are written once, in order; the batch keeps no per-household copy.
    // Bulk: straight to optimised code (a batch is built once a week, a tier-0 loop over every cell would dominate).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private HouseholdBatch BuildColumns()
    {
        var n = _ids.Count;
        var buffers = _columnBuffers.GetRange(0, _columnCount);
        buffers.Sort(static (x, y) => x.Ordinal.CompareTo(y.Ordinal));
        var columns = buffers.Count;
        var ordinals = new int[columns];
        var sources = new byte[columns];
        var valueKinds = new CellKind[columns];
        var ageKinds = new CellKind[columns];
        var oneAge = new int[columns];
        var maxAge = new int[columns];
        ulong mask = 0;
        for (var c = 0; c < columns; c++)
        {
            var buffer = buffers[c];
            (ordinals[c], sources[c]) = (buffer.Ordinal, buffer.Source);
            (valueKinds[c], ageKinds[c], oneAge[c], maxAge[c]) = (buffer.ValueKind, buffer.AgeKind, buffer.OneAge, buffer.MaxAge);
            mask |= buffer.Ordinal < 64 ? 1UL << buffer.Ordinal : 0;
        }

        var layout = ColumnLayout.Create(mask, valueKinds, ageKinds, oneAge, maxAge);
        var blocks = BatchColumns.Blocks(n);
        // Every segment of every block is copied from a buffer below (they are padded to whole blocks), the facts
        // are written after; only the last blocks' lanes past the households need clearing.
        var (cells, start) = BatchColumns.Allocate(layout, n, CellOptions.Misalign, clear: false);
        ref var to = ref MemoryMarshal.GetArrayDataReference(cells);
        for (var b = 0; b < blocks; b++)
        {
            var block = start + ((long)b * layout.BlockBytes);
            for (var c = 0; c < columns; c++)
            {
                var buffer = buffers[c];
                Segment(ref Unsafe.Add(ref to, (nint)(block + layout.ValueOffsets[c])), buffer.Values, b, buffer.ValueKind);
                if (buffer.AgeKind != CellKind.None)
                {
                    Segment(ref Unsafe.Add(ref to, (nint)(block + layout.AgeOffsets[c])), buffer.Ages, b, buffer.AgeKind);
                }
            }
        }

        var exact = new Dictionary<long, (double Value, int Age)>(_exactCells.Count);
        var fallback = new List<int>();
        foreach (var (household, ordinal, value, age) in _exactCells)
        {
            exact[((long)household * columns) + Array.IndexOf(ordinals, ordinal)] = (value, age);
            fallback.Add(household);
        }

        int[] fallbackHouseholds = [.. fallback.Distinct().Order()];
        var batchColumns = new BatchColumns(layout, cells, start, fallbackHouseholds);
        uint[] predicates = [.. _predicates];
        batchColumns.WriteFacts(predicates);
        var signals = new ColumnCells(batchColumns, n, _words, ordinals, sources, exact, _cellCount);
        HouseholdId[] ids = [.. _ids];
        int[] districtIndex = [.. _districtIndex];
        DistrictCode[] districts = [.. _districts];
        // The column screen takes one presence word; a larger catalog (or no column) screens per household.
        return _words == 1 && columns > 0
            ? new HouseholdBatch(_catalog, _asOf, ids, districtIndex, districts, predicates, null, signals, batchColumns)
            : new HouseholdBatch(_catalog, _asOf, ids, districtIndex, districts, predicates, signals.ToSignals(), null, null);
    }

    // Copies block b's cells of a column (16, 32 or 64 bytes) with one fixed-size move instead of a memmove call.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Segment(ref byte to, byte[] from, int b, CellKind kind)
    {
        ref var source = ref MemoryMarshal.GetArrayDataReference(from);
        switch (kind)
        {
            case CellKind.Byte:
                Vector128.LoadUnsafe(ref source, (nuint)(b * 16)).StoreUnsafe(ref to);
                break;
            case CellKind.UShort:
                Vector256.LoadUnsafe(ref source, (nuint)(b * 32)).StoreUnsafe(ref to);
                break;
            default:
                Vector256.LoadUnsafe(ref source, (nuint)(b * 64)).StoreUnsafe(ref to);
                Vector256.LoadUnsafe(ref source, (nuint)((b * 64) + 32)).StoreUnsafe(ref to, 32);
                break;
        }
    }

    /// <summary>One column being set: its indicator, source, cell kinds, and cells per household (padded to whole blocks, the padding empty).</summary>
    private sealed class ColumnBuffer
    {
        internal int Ordinal { get; private set; }

        internal byte Source { get; private set; }

        internal CellKind ValueKind { get; private set; }

        internal CellKind AgeKind { get; private set; }

        /// <summary>The age of every cell when <see cref="AgeKind"/> is <see cref="CellKind.None"/>.</summary>
        internal int OneAge { get; private set; }

        /// <summary>The oldest age of a filled cell, -1 when none is.</summary>
        internal int MaxAge { get; set; }

        internal byte[] Values { get; private set; } = [];

        internal byte[] Ages { get; private set; } = [];

        private int _length;

        internal void Reset(int ordinal, byte source, int households, CellKind valueKind, CellKind ageKind, int oneAge)
        {
            (Ordinal, Source, ValueKind, AgeKind, OneAge, MaxAge) = (ordinal, source, valueKind, ageKind, oneAge, -1);
            // One spare block past the last whole one, as in the batch's columns.
            var length = BatchColumns.Blocks(households) * BatchColumns.Lanes;
            _length = length;
            if (Values.Length < length * 4)
            {
                // Room for the widest cells, so a reused builder does not reallocate when a column's kind changes.
                Values = GC.AllocateUninitializedArray<byte>(length * 4);
                Ages = GC.AllocateUninitializedArray<byte>(length * 2);
            }

            Fill(households, length);
            if (ageKind != CellKind.None)
            {
                Ages.AsSpan(0, length * (int)ageKind).Fill(0xFF);
            }
        }

        internal void FillEmpty() => Fill(0, _length);

        internal bool IsEmpty(int i) => ValueKind switch
        {
            CellKind.Byte => Values[i] == byte.MaxValue,
            CellKind.UShort => Unsafe.ReadUnaligned<ushort>(ref Values[i * 2]) == ushort.MaxValue,
            _ => float.IsNaN(Unsafe.ReadUnaligned<float>(ref Values[i * 4])),
        };

        internal void SetEmpty(int i) => Fill(i, i + 1);

        internal void SetValue(int i, double value)
        {
            switch (ValueKind)
            {
                case CellKind.Byte:
                    Values[i] = (byte)value;
                    break;
                case CellKind.UShort:
                    Unsafe.WriteUnaligned(ref Values[i * 2], (ushort)value);
                    break;
                default:
                    Unsafe.WriteUnaligned(ref Values[i * 4], (float)value);
                    break;
            }
        }

        internal void ClearAge(int i) => Ages.AsSpan(i * (int)AgeKind, (int)AgeKind).Fill(0xFF);

        // Cells [from, to) empty.
        private void Fill(int from, int to)
        {
            if (ValueKind == CellKind.Float)
            {
                MemoryMarshal.Cast<byte, float>(Values.AsSpan(from * 4, (to - from) * 4)).Fill(float.NaN);
            }
            else
            {
                Values.AsSpan(from * (int)ValueKind, (to - from) * (int)ValueKind).Fill(0xFF);
            }
        }
    }
}

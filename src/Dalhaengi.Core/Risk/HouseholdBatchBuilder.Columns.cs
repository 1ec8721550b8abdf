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
    private bool _byColumns;
    private bool _columnsStarted;
    private int _columnCount;
    private int _cellCount;

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
        var lastDistrict = default(DistrictCode);
        var last = -1;
        for (var i = 0; i < ids.Length; i++)
        {
            if (ids[i] == default)
            {
                throw new ArgumentException($"Row {_ids.Count + 1}: the household id is empty.", nameof(ids));
            }

            var district = districts[i];
            // Rows of a district usually come together: one comparison instead of a lookup per row.
            if (last < 0 || district != lastDistrict)
            {
                if (district == default)
                {
                    throw new ArgumentException($"Row {_ids.Count + 1}: the district is empty.", nameof(districts));
                }

                if (!_districtOrdinals.TryGetValue(district, out last))
                {
                    last = _districts.Count;
                    _districtOrdinals.Add(district, last);
                    _districts.Add(district);
                }

                lastDistrict = district;
            }

            _ids.Add(ids[i]);
            _districtIndex.Add(last);
            _predicates.Add(0);
        }
    }

    /// <summary>Sets one derived fact for every household added with <see cref="AddHouseholds"/>.</summary>
    /// <param name="predicate">The fact.</param>
    /// <param name="holds">Per household, in the order added, whether it holds as of the batch date.</param>
    /// <exception cref="InvalidOperationException">The builder is not being filled by columns, or the batch was built.</exception>
    /// <exception cref="ArgumentException"><paramref name="holds"/> is not one value per household, or the fact is not defined.</exception>
    public void SetFact(HouseholdPredicate predicate, ReadOnlySpan<bool> holds)
    {
        CheckColumns(holds.Length, nameof(holds));
        var bit = 1u << (int)Defined(predicate, nameof(predicate));
        var facts = CollectionsMarshal.AsSpan(_predicates);
        for (var i = 0; i < facts.Length; i++)
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

        CheckValues(ordinal, values);
        var n = values.Length;
        if (_columnCount == _columnBuffers.Count)
        {
            _columnBuffers.Add(new ColumnBuffer());
        }

        var buffer = _columnBuffers[_columnCount++];
        buffer.Reset(ordinal, (byte)source, n);
        var cellValues = buffer.Values.AsSpan(0, n);
        var cellAges = buffer.Ages.AsSpan(0, n);
        var i = 0;
        if (days.IsEmpty)
        {
            var age = _asOfDay - day;
            if (age < 0)
            {
                // Observed after the batch date: no signals (the ages stay absent).
                return;
            }

            if (age <= BatchColumns.MaxAge && Vector256.IsHardwareAccelerated)
            {
                i = FillVectorised(values, cellValues, cellAges, (ushort)age);
            }
        }

        for (; i < n; i++)
        {
            var value = values[i];
            if (double.IsNaN(value))
            {
                continue;
            }

            var age = _asOfDay - (days.IsEmpty ? day : HouseholdFacts.DayNumber(days[i]));
            if (age < 0)
            {
                continue;
            }

            _cellCount++;
            if ((float)value == value && age <= BatchColumns.MaxAge)
            {
                cellValues[i] = (float)value;
                cellAges[i] = (ushort)age;
            }
            else
            {
                _exactCells.Add((i, ordinal, value, age));
            }
        }
    }

    // Eight cells at a time while they are all exact as floats (any empty cell is fine); returns where it stopped.
    private int FillVectorised(ReadOnlySpan<double> values, Span<float> cellValues, Span<ushort> cellAges, ushort age)
    {
        ref var source = ref MemoryMarshal.GetReference(values);
        ref var floats = ref MemoryMarshal.GetReference(cellValues);
        ref var ages = ref MemoryMarshal.GetReference(cellAges);
        var present = Vector128.Create(age);
        var absent = Vector128.Create(BatchColumns.Absent);
        var i = 0;
        var cells = 0;
        for (; i + 8 <= values.Length; i += 8)
        {
            var a = Vector256.LoadUnsafe(ref source, (nuint)i);
            var b = Vector256.LoadUnsafe(ref source, (nuint)(i + 4));
            var f = Vector256.Narrow(a, b);
            var (wa, wb) = Vector256.Widen(f);
            var filledA = Vector256.Equals(a, a);
            var filledB = Vector256.Equals(b, b);
            // A filled cell that is not exact as a float stops the vector loop; the scalar loop keeps it exact.
            if (((filledA & ~Vector256.Equals(wa, a)) | (filledB & ~Vector256.Equals(wb, b))) != Vector256<double>.Zero)
            {
                break;
            }

            f.StoreUnsafe(ref floats, (nuint)i);
            var mask = Vector128.Narrow(
                Vector128.Narrow(filledA.AsInt64().GetLower(), filledA.AsInt64().GetUpper()),
                Vector128.Narrow(filledB.AsInt64().GetLower(), filledB.AsInt64().GetUpper()));
            Vector128.ConditionalSelect(mask.AsUInt16(), present, absent).StoreUnsafe(ref ages, (nuint)i);
            cells += BitOperations.PopCount(Vector128.ExtractMostSignificantBits(mask));
        }

        _cellCount += cells;
        return i;
    }

    // The bounds precomputed per ordinal, checked four values at a time; the first value outside them (or infinite)
    // gets the row-path message with its row.
    private void CheckValues(int ordinal, ReadOnlySpan<double> values)
    {
        var lowest = _lowest[ordinal];
        var highest = _highest[ordinal];
        var whole = _whole[ordinal];
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var low = Vector256.Create(lowest);
            var high = Vector256.Create(highest);
            ref var source = ref MemoryMarshal.GetReference(values);
            for (; i + 4 <= values.Length; i += 4)
            {
                var v = Vector256.LoadUnsafe(ref source, (nuint)i);
                var ok = (Vector256.GreaterThanOrEqual(v, low) & Vector256.LessThanOrEqual(v, high)) | ~Vector256.Equals(v, v);
                if (whole)
                {
                    ok &= Vector256.Equals(Vector256.Floor(v), v) | ~Vector256.Equals(v, v);
                }

                if (!Vector256.EqualsAll(ok.AsInt64(), Vector256<long>.AllBitsSet))
                {
                    break;
                }
            }
        }

        for (; i < values.Length; i++)
        {
            var value = values[i];
            if (double.IsNaN(value) || (value >= lowest && value <= highest && (!whole || value == Math.Floor(value))))
            {
                continue;
            }

            var problem = !double.IsFinite(value)
                ? "the value must be a finite number"
                : _catalog.Indicators[ordinal].ValueProblem(value) ?? $"{value} is not a possible value";
            throw new ArgumentException($"Row {i + 1}, indicator {_catalog.Indicators[ordinal].Code}: {problem}.", nameof(values));
        }
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

    // Interleaves the columns into blocks of BatchColumns.Lanes households (ordinal order), the layout the column
    // screen reads; the batch keeps no per-household copy.
    private HouseholdBatch BuildColumns()
    {
        var n = _ids.Count;
        var buffers = _columnBuffers.GetRange(0, _columnCount);
        buffers.Sort((x, y) => x.Ordinal.CompareTo(y.Ordinal));
        var columns = buffers.Count;
        var blocks = ((n + BatchColumns.Lanes - 1) / BatchColumns.Lanes) + 1;
        // Not zeroed: every cell (the spare block too) is copied from a column buffer below.
        var values = GC.AllocateUninitializedArray<float>(blocks * columns * BatchColumns.Lanes);
        var ages = GC.AllocateUninitializedArray<ushort>(values.Length);
        var ordinals = new int[columns];
        var sources = new byte[columns];
        ulong mask = 0;
        for (var c = 0; c < columns; c++)
        {
            var buffer = buffers[c];
            ordinals[c] = buffer.Ordinal;
            sources[c] = buffer.Source;
            mask |= buffer.Ordinal < 64 ? 1UL << buffer.Ordinal : 0;
            ref var fromValues = ref MemoryMarshal.GetArrayDataReference(buffer.Values);
            ref var fromAges = ref MemoryMarshal.GetArrayDataReference(buffer.Ages);
            ref var toValues = ref MemoryMarshal.GetArrayDataReference(values);
            ref var toAges = ref MemoryMarshal.GetArrayDataReference(ages);
            // The buffers are padded to whole blocks (absent ages), so every block copies whole.
            for (var b = 0; b < blocks; b++)
            {
                var from = b * BatchColumns.Lanes;
                var to = ((long)b * columns * BatchColumns.Lanes) + (c * BatchColumns.Lanes);
                Unsafe.CopyBlockUnaligned(
                    ref Unsafe.As<float, byte>(ref Unsafe.Add(ref toValues, (nint)to)),
                    ref Unsafe.As<float, byte>(ref Unsafe.Add(ref fromValues, from)),
                    BatchColumns.Lanes * sizeof(float));
                Unsafe.CopyBlockUnaligned(
                    ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref toAges, (nint)to)),
                    ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref fromAges, from)),
                    BatchColumns.Lanes * sizeof(ushort));
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
        var facts = new uint[blocks * BatchColumns.Lanes];
        _predicates.CopyTo(facts);
        var batchColumns = new BatchColumns(mask, columns, values, ages, facts, fallbackHouseholds);
        var cells = new ColumnCells(batchColumns, n, _words, ordinals, sources, exact, _cellCount);
        HouseholdId[] ids = [.. _ids];
        int[] districtIndex = [.. _districtIndex];
        DistrictCode[] districts = [.. _districts];
        uint[] predicates = [.. _predicates];
        // The column screen takes one presence word; a larger catalog (or no column) screens per household.
        return _words == 1 && columns > 0
            ? new HouseholdBatch(_catalog, _asOf, ids, districtIndex, districts, predicates, null, cells, batchColumns)
            : new HouseholdBatch(_catalog, _asOf, ids, districtIndex, districts, predicates, cells.ToSignals(), null, null);
    }

    /// <summary>One column being set: its indicator, source, and cells per household (padded to whole blocks).</summary>
    private sealed class ColumnBuffer
    {
        internal int Ordinal { get; private set; }

        internal byte Source { get; private set; }

        internal float[] Values { get; private set; } = [];

        internal ushort[] Ages { get; private set; } = [];

        internal void Reset(int ordinal, byte source, int households)
        {
            Ordinal = ordinal;
            Source = source;
            // One spare block past the last whole one, as in the batch's columns.
            var length = (((households + BatchColumns.Lanes - 1) / BatchColumns.Lanes) + 1) * BatchColumns.Lanes;
            if (Values.Length < length)
            {
                Values = new float[length];
                Ages = new ushort[length];
            }

            Ages.AsSpan(0, length).Fill(BatchColumns.Absent);
        }
    }
}

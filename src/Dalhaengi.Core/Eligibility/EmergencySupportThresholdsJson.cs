using Ardalis.GuardClauses;
using Dalhaengi.Core.Serialization;
using NodaTime;

namespace Dalhaengi.Core.Eligibility;

/// <summary>
/// Reads emergency-support thresholds from JSON (format <c>dalhaengi.emergency-support/1</c>), so that a city can
/// supply a newer year's tables without a new library version.
/// </summary>
/// <remarks>
/// Every table has the shape of a <see cref="DatedParameter{T}"/>:
/// <c>{"confirmedThrough": "2026-12-31", "values": [{"start": "2026-01-01", …}]}</c>, dates in ISO format, amounts
/// in whole KRW per month. <c>medianIncome</c> and <c>publishedIncomeLines</c> rows give <c>bySize</c> (one person
/// first); an empty <c>bySize</c> in <c>publishedIncomeLines</c> means no table was published from that date.
/// <c>generalAssetLimits</c> rows give <c>largeCity</c>, <c>mediumSmallCity</c> and <c>rural</c> as
/// <c>{"limit": …, "otherReportedLimit": …}</c>; <c>financialAssetLimits</c> rows give <c>general</c>,
/// <c>housing</c> and <c>livingReservePercentOfMedian</c>. <c>source</c> and <c>note</c> strings are allowed
/// anywhere a row or table is; other unknown properties are errors. The embedded file
/// <c>Data/eligibility/emergency-support.json</c> is a complete example.
/// </remarks>
public static class EmergencySupportThresholdsJson
{
    /// <summary>The schema identifier accepted in <c>$schema</c>.</summary>
    public const string Schema = "dalhaengi.emergency-support/1";

    // 10조 원: no official table comes near it, and below it the evaluator's checked arithmetic cannot overflow — a
    // median extended to 100 persons (at most 100 × this) times a living-reserve percentage of at most 1000 stays
    // under long.MaxValue. Not an official figure.
    private const long MaxAmount = 10_000_000_000_000;

    /// <summary>Parses thresholds from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The file name or other description of the input, used in error messages.</param>
    /// <returns>The validated thresholds.</returns>
    /// <exception cref="DalhaengiValidationException">
    /// The JSON is malformed or the data is invalid; every problem is listed with its JSON path, for example
    /// <c>$.medianIncome.values[2].bySize[0]: must be greater than 0</c>. Amounts above 10,000,000,000,000 KRW
    /// (10조 원) are refused, so that no table can make an evaluation overflow.
    /// </exception>
    public static EmergencySupportThresholds Parse(string json, string source = "emergency-support.json")
    {
        Guard.Against.Null(json);
        Guard.Against.NullOrWhiteSpace(source);
        var doc = DocumentReader.Deserialize(json, EmergencySupportJsonContext.Default.EmergencySupportDocument, source);
        return FromDocument(doc, source);
    }

    /// <summary>Reads thresholds from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The stream; read to its end and not closed.</param>
    /// <param name="source">The file name or other description of the input, used in error messages.</param>
    /// <returns>The validated thresholds.</returns>
    /// <exception cref="DalhaengiValidationException">The JSON is malformed or the data is invalid.</exception>
    public static EmergencySupportThresholds Load(Stream utf8Json, string source = "emergency-support.json")
    {
        Guard.Against.Null(utf8Json);
        return Parse(DocumentReader.ReadText(utf8Json, source), source);
    }

    private static EmergencySupportThresholds FromDocument(EmergencySupportDocument doc, string source)
    {
        var r = new DocumentReader();
        if (!Dalhaengi.Core.Serialization.SchemaReference.Matches(doc.Schema, Schema))
        {
            r.Add("$.$schema", $"unsupported schema '{doc.Schema}'", $"this version reads '{Schema}' or a path to its schema file");
        }

        if (doc.IncomeLinePercentOfMedian is not { } percent)
        {
            r.Add("$.incomeLinePercentOfMedian", "is required", "75 for emergency welfare support");
            percent = 0;
        }
        else if (percent is < 1 or > 100)
        {
            r.Add("$.incomeLinePercentOfMedian", $"{percent} must be between 1 and 100");
        }

        var median = Table(r, doc.MedianIncome, "$.medianIncome", required: true, (row, p) => Sizes(r, row.BySize, p, minimum: 2));
        var published = Table(r, doc.PublishedIncomeLines, "$.publishedIncomeLines", required: false, (row, p) => Sizes(r, row.BySize, p, minimum: 0));
        var general = Table(r, doc.GeneralAssetLimits, "$.generalAssetLimits", required: true, (row, p) => GeneralRow(r, row, p));
        var financial = Table(r, doc.FinancialAssetLimits, "$.financialAssetLimits", required: true, (row, p) => FinancialRow(r, row, p));

        r.ThrowIfAny(source);
        var noPublished = new DatedParameter<HouseholdSizeAmounts>([new(median!.FirstStart, HouseholdSizeAmounts.Empty)]);
        return new EmergencySupportThresholds(percent, median, published ?? noPublished, general!, financial!);
    }

    private static DatedParameter<T>? Table<TRow, T>(
        DocumentReader r,
        DatedTableDocument<TRow>? table,
        string path,
        bool required,
        Func<TRow, string, T?> readRow)
        where TRow : DatedRowDocument
        where T : class
    {
        if (table is null)
        {
            if (required)
            {
                r.Add(path, "is required", "give {\"confirmedThrough\": \"yyyy-12-31\", \"values\": [{\"start\": \"yyyy-01-01\", …}]}");
            }

            return null;
        }

        var confirmedThrough = r.Date(table.ConfirmedThrough, path + ".confirmedThrough", required: false);
        if (table.Values is not { Count: > 0 })
        {
            r.Add(path + ".values", "must list at least one dated value");
            return null;
        }

        var values = new List<DatedValue<T>>();
        var seen = new HashSet<LocalDate>();
        var ok = true;
        for (var i = 0; i < table.Values.Count; i++)
        {
            var p = $"{path}.values[{i}]";
            if (table.Values[i] is not { } row)
            {
                r.Add(p, "must not be null");
                ok = false;
                continue;
            }

            var start = r.Date(row.Start, p + ".start", required: true);
            var value = readRow(row, p);
            if (start is { } s && !seen.Add(s))
            {
                r.Add(p + ".start", $"{DocumentReader.Format(s)} is given twice", "each start date may appear once in a table");
                ok = false;
            }

            if (start is null || value is null)
            {
                ok = false;
                continue;
            }

            values.Add(new DatedValue<T>(start.Value, value));
        }

        if (ok && confirmedThrough is { } through && values.Max(v => v.Start) is var last && through < last)
        {
            r.Add(path + ".confirmedThrough", $"{DocumentReader.Format(through)} is before the last start {DocumentReader.Format(last)}");
            ok = false;
        }

        return ok ? new DatedParameter<T>(values, confirmedThrough) : null;
    }

    private static HouseholdSizeAmounts? Sizes(DocumentReader r, List<long>? bySize, string path, int minimum)
    {
        if (bySize is null || bySize.Count < minimum)
        {
            r.Add(path + ".bySize", $"must list at least {minimum} amounts", "monthly KRW for 1 person, 2 persons, …");
            return null;
        }

        var ok = true;
        for (var i = 0; i < bySize.Count; i++)
        {
            ok &= Positive(r, bySize[i], $"{path}.bySize[{i}]");
        }

        return ok ? new HouseholdSizeAmounts(bySize) : null;
    }

    private static GeneralAssetLimits? GeneralRow(DocumentReader r, GeneralAssetRowDocument row, string path)
    {
        var large = Limit(r, row.LargeCity, path + ".largeCity");
        var medium = Limit(r, row.MediumSmallCity, path + ".mediumSmallCity");
        var rural = Limit(r, row.Rural, path + ".rural");
        return large is null || medium is null || rural is null ? null : new GeneralAssetLimits(large.Value, medium.Value, rural.Value);
    }

    private static AssetLimit? Limit(DocumentReader r, AssetLimitDocument? limit, string path)
    {
        if (limit?.Limit is not { } value)
        {
            r.Add(path + ".limit", "is required", "the limit in KRW, e.g. {\"limit\": 241000000}");
            return null;
        }

        var ok = Positive(r, value, path + ".limit");
        if (limit.OtherReportedLimit is { } other)
        {
            ok &= Positive(r, other, path + ".otherReportedLimit");
        }

        return ok ? new AssetLimit(value, limit.OtherReportedLimit) : null;
    }

    private static FinancialAssetLimits? FinancialRow(DocumentReader r, FinancialAssetRowDocument row, string path)
    {
        var ok = Required(r, row.General, path + ".general") & Required(r, row.Housing, path + ".housing");
        if (row.LivingReservePercentOfMedian is not { } reserve)
        {
            r.Add(path + ".livingReservePercentOfMedian", "is required", "100 deducts one month of the standard median income");
            return null;
        }

        if (reserve is < 0 or > 1000)
        {
            r.Add(path + ".livingReservePercentOfMedian", $"{reserve} must be between 0 and 1000");
            ok = false;
        }

        return ok ? new FinancialAssetLimits(row.General!.Value, row.Housing!.Value, reserve) : null;
    }

    private static bool Required(DocumentReader r, long? value, string path)
    {
        if (value is null)
        {
            r.Add(path, "is required", "an amount in KRW");
            return false;
        }

        return Positive(r, value.Value, path);
    }

    private static bool Positive(DocumentReader r, long value, string path)
    {
        if (value > MaxAmount)
        {
            r.Add(path, $"{DocumentReader.FormatNumber(value)} is above the largest amount this format accepts ({DocumentReader.FormatNumber(MaxAmount)} KRW)", "amounts are whole KRW per month, e.g. 2392013");
            return false;
        }

        if (value > 0)
        {
            return true;
        }

        r.Add(path, $"{DocumentReader.FormatNumber(value)} must be greater than 0");
        return false;
    }
}

using System.Globalization;
using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;
using NodaTime;
using NodaTime.Text;

namespace Dalhaengi.Core.Eligibility;

/// <summary>
/// Decides whether a household is eligible for emergency welfare support (긴급복지지원) as of a date, criterion by
/// criterion: a recognized crisis reason, income at most the 75 % line of the standard median income, general assets
/// at most the region's limit, and financial assets after the living reserve at most the financial limit.
/// </summary>
/// <remarks>
/// <para>
/// Income line: the ministry's published line when the thresholds hold one for the date and household size (the
/// ministry rounds its own figures, so a published line wins over a computed one); otherwise
/// <see cref="EmergencySupportThresholds.IncomeLinePercentOfMedian"/> % of the standard median income, rounded down to
/// the won, which for whole-won incomes is exactly "income ≤ 75 % of the median". The ministry publishes the median for
/// 1–7 persons; for larger households it adds the difference between the last two sizes (7p − 6p) per extra member,
/// which the evaluator does, with a warning that the figure is computed.
/// </para>
/// <para>
/// Financial assets: the living reserve (생활준비금), modelled as the configured percentage (100 % in the shipped
/// data, "about one month") of the standard median income for the household size, is deducted first; the rest must be
/// at most 6,000,000 KRW, or 8,000,000 KRW for housing support, in the shipped data.
/// </para>
/// <para>
/// A date with no confirmed figures (before the data starts, or after it is confirmed through) never borrows another
/// year's figure: the criterion is <see cref="CriterionOutcome.NotDeterminable"/> and, unless another criterion
/// fails, the verdict is <see cref="EligibilityVerdict.Undetermined"/>.
/// </para>
/// </remarks>
public sealed class EmergencySupportEvaluator
{
    /// <summary>Creates an evaluator over a set of thresholds.</summary>
    /// <param name="thresholds">The thresholds, for example <see cref="EmergencySupportThresholds.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="thresholds"/> is <see langword="null"/>.</exception>
    public EmergencySupportEvaluator(EmergencySupportThresholds thresholds) => Thresholds = Guard.Against.Null(thresholds);

    /// <summary>The thresholds the evaluator judges against.</summary>
    public EmergencySupportThresholds Thresholds { get; }

    /// <summary>Evaluates a household.</summary>
    /// <param name="request">The household's situation and the date.</param>
    /// <returns>The verdict, each criterion with its value, threshold and outcome, and warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    public EmergencySupportResult Evaluate(EmergencySupportRequest request)
    {
        Guard.Against.Null(request);
        var warnings = new List<string>();
        var median = Thresholds.MedianIncome.ValueAt(request.AsOf);
        var criteria = new[]
        {
            Crisis(request, warnings),
            Income(request, median, warnings),
            GeneralAssets(request, warnings),
            FinancialAssets(request, median, warnings),
        };

        var verdict = criteria.Any(c => c.Outcome == CriterionOutcome.NotMet) ? EligibilityVerdict.NotEligible
            : criteria.Any(c => c.Outcome == CriterionOutcome.NotDeterminable) ? EligibilityVerdict.Undetermined
            : EligibilityVerdict.Eligible;
        return new EmergencySupportResult(request, verdict, criteria.ToValueList(), warnings.Distinct(StringComparer.Ordinal).ToValueList());
    }

    private static EligibilityCriterion Crisis(EmergencySupportRequest request, List<string> warnings)
    {
        foreach (var unknown in request.CrisisReasons.Where(r => !r.IsRecognized).Distinct())
        {
            warnings.Add($"crisis reason '{unknown}' is not recognized and was ignored; built-in codes are listed in CrisisReason.BuiltIn, local-ordinance reasons are written 'local.<code>'");
        }

        var recognized = request.CrisisReasons.Where(r => r.IsRecognized).Distinct().ToList();
        var explanation = recognized.Count == 0
            ? "no recognized crisis reason was given"
            : "recognized crisis reasons: " + string.Join(", ", recognized);
        return new(EligibilityCriterionKind.CrisisReason, Outcome(recognized.Count >= 1), recognized.Count, 1, ThresholdSource.None, explanation);
    }

    private EligibilityCriterion Income(EmergencySupportRequest request, ParameterLookup<HouseholdSizeAmounts> median, List<string> warnings)
    {
        var size = request.HouseholdSize;
        var published = Thresholds.PublishedIncomeLines.ValueAt(request.AsOf);
        if (published.IsConfirmed && published.Value.Lists(size))
        {
            var line = published.Value.For(size);
            return new(
                EligibilityCriterionKind.Income,
                Outcome(request.MonthlyIncome <= line),
                request.MonthlyIncome,
                line,
                ThresholdSource.Published,
                $"published {Thresholds.IncomeLinePercentOfMedian} % income line for {Persons(size)}, in force from {Iso(published.Start!.Value)}");
        }

        if (!median.IsConfirmed)
        {
            return NotDeterminable(EligibilityCriterionKind.Income, request.MonthlyIncome, Missing(median, "standard median income", Thresholds.MedianIncome), warnings);
        }

        var m = MedianFor(median, size, warnings);
        var computed = PercentOf(m, Thresholds.IncomeLinePercentOfMedian);
        return new(
            EligibilityCriterionKind.Income,
            Outcome(request.MonthlyIncome <= computed),
            request.MonthlyIncome,
            computed,
            ThresholdSource.Computed,
            $"no published line for {Persons(size)}: computed as {Thresholds.IncomeLinePercentOfMedian} % of the standard median income {Krw(m)} (in force from {Iso(median.Start!.Value)}), rounded down to the won");
    }

    private EligibilityCriterion GeneralAssets(EmergencySupportRequest request, List<string> warnings)
    {
        var lookup = Thresholds.GeneralAssetLimits.ValueAt(request.AsOf);
        if (!lookup.IsConfirmed)
        {
            return NotDeterminable(EligibilityCriterionKind.GeneralAssets, request.GeneralAssets, Missing(lookup, "general-asset limit", Thresholds.GeneralAssetLimits), warnings);
        }

        if (lookup.Value.For(request.RegionType) is not { } limit)
        {
            // A 특례시 is not automatically a large city: the tier is data the city sets per 읍면동, never a guess.
            return NotDeterminable(
                EligibilityCriterionKind.GeneralAssets,
                request.GeneralAssets,
                "the region type (large city, medium or small city, rural) is not confirmed for this household's 읍면동, so the general-asset limit cannot be chosen; set it in the municipality data from the ministry's guide",
                warnings);
        }

        var region = Serialization.KebabCase.Of(request.RegionType);
        var explanation = $"general-asset limit for {region} areas, in force from {Iso(lookup.Start!.Value)}";
        if (limit.OtherReportedLimit is { } other)
        {
            explanation += $" (some sources report {Krw(other)} instead)";
            if (request.GeneralAssets <= limit.Limit != request.GeneralAssets <= other)
            {
                warnings.Add($"sources disagree on the {region} general-asset limit ({Krw(limit.Limit)} or {Krw(other)}) and this household's {Krw(request.GeneralAssets)} passes under one and fails under the other; {Krw(limit.Limit)} was applied, check the year's guide");
            }
        }

        return new(EligibilityCriterionKind.GeneralAssets, Outcome(request.GeneralAssets <= limit.Limit), request.GeneralAssets, limit.Limit, ThresholdSource.Published, explanation);
    }

    private EligibilityCriterion FinancialAssets(EmergencySupportRequest request, ParameterLookup<HouseholdSizeAmounts> median, List<string> warnings)
    {
        var lookup = Thresholds.FinancialAssetLimits.ValueAt(request.AsOf);
        if (!lookup.IsConfirmed)
        {
            return NotDeterminable(EligibilityCriterionKind.FinancialAssets, request.FinancialAssets, Missing(lookup, "financial-asset limit", Thresholds.FinancialAssetLimits), warnings);
        }

        if (!median.IsConfirmed)
        {
            // The living reserve is a share of the median income; without it the countable amount is unknown.
            return NotDeterminable(EligibilityCriterionKind.FinancialAssets, request.FinancialAssets, Missing(median, "standard median income (for the living reserve)", Thresholds.MedianIncome), warnings);
        }

        var limits = lookup.Value;
        var reserve = PercentOf(MedianFor(median, request.HouseholdSize, warnings), limits.LivingReservePercentOfMedian);
        var counted = Math.Max(0, request.FinancialAssets - reserve);
        var threshold = request.ForHousingSupport ? limits.Housing : limits.General;
        var explanation = $"{Krw(request.FinancialAssets)} held minus a living reserve of {Krw(reserve)} ({limits.LivingReservePercentOfMedian} % of one month's standard median income) = {Krw(counted)} counted, against the "
            + (request.ForHousingSupport ? "housing-support limit" : "limit")
            + $" in force from {Iso(lookup.Start!.Value)}";
        return new(EligibilityCriterionKind.FinancialAssets, Outcome(counted <= threshold), counted, threshold, ThresholdSource.Published, explanation);
    }

    private static long MedianFor(ParameterLookup<HouseholdSizeAmounts> median, int size, List<string> warnings)
    {
        var table = median.Value;
        var m = table.For(size);
        if (!table.Lists(size))
        {
            var last = table.LargestSize;
            warnings.Add($"the standard median income for {Persons(size)} is computed, not published: by the ministry's rule, {Krw(table.For(last))} for {last} plus {size - last} × ({Krw(table.For(last))} − {Krw(table.For(last - 1))}) = {Krw(m)}; check the year's notice");
        }

        return m;
    }

    // Rounded down: for whole-won amounts, x ≤ floor(m·p/100) exactly when 100·x ≤ m·p.
    private static long PercentOf(long amount, int percent) => checked(amount * percent) / 100;

    private static EligibilityCriterion NotDeterminable(EligibilityCriterionKind kind, long value, string reason, List<string> warnings)
    {
        warnings.Add(reason);
        return new(kind, CriterionOutcome.NotDeterminable, value, null, ThresholdSource.None, reason);
    }

    private static string Missing<T>(ParameterLookup<T> lookup, string what, DatedParameter<T> parameter) =>
        lookup.Status == ParameterLookupStatus.NoValue
            ? $"no {what} for {Iso(lookup.Date)}: the data starts on {Iso(parameter.FirstStart)}"
            : $"no {what} confirmed for {Iso(lookup.Date)}: the data is confirmed through {Iso(parameter.ConfirmedThrough!.Value)}, and the figures in force from {Iso(lookup.Start!.Value)} are not applied past it";

    private static CriterionOutcome Outcome(bool met) => met ? CriterionOutcome.Met : CriterionOutcome.NotMet;

    private static string Persons(int size) => size == 1 ? "1 person" : $"{size.ToString(CultureInfo.InvariantCulture)} persons";

    private static string Krw(long amount) => amount.ToString("N0", CultureInfo.InvariantCulture) + " KRW";

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}

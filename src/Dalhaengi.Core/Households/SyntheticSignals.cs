using Dalhaengi.Core.Risk;
using NodaTime;

namespace Dalhaengi.Core.Households;

/// <summary>Draws the crisis signals of one synthetic household.</summary>
/// <remarks>
/// National-round signals fall on one of the six bi-monthly rounds of the past year; session screenings on a day
/// in the past 90 days. Base rates are per household per year and are multiplied by the household's hardship
/// (capped at 90 %). Every rate is an illustrative assumption documented in <c>docs/synthetic-population.md</c>.
/// </remarks>
internal static class SyntheticSignals
{
    // (code, base rate, value kind): "f" flag, "m" months of arrears, "a:min:max" amount in KRW (log-uniform).
    private static readonly (IndicatorCode Code, double Rate, string Value)[] National =
    [
        (new("utility.electricity.cutoff"), 0.003, "f"),
        (new("arrears.electricity.months"), 0.020, "m"),
        (new("utility.water.cutoff"), 0.001, "f"),
        (new("arrears.water.months"), 0.008, "m"),
        (new("utility.gas.cutoff"), 0.002, "f"),
        (new("arrears.gas.months"), 0.008, "m"),
        (new("arrears.health-insurance.months"), 0.030, "m"),
        (new("arrears.pension.months"), 0.015, "m"),
        (new("loan.nps-emergency-old-age"), 0.001, "f"),
        (new("arrears.telecom.months"), 0.020, "m"),
        (new("arrears.financial.amount"), 0.025, "a:300000:50000000"),
        (new("debt-adjustment.dropout"), 0.002, "f"),
        (new("medical.catastrophic-support"), 0.003, "f"),
        (new("medical.excessive-spending.amount"), 0.010, "a:1000000:30000000"),
        (new("employment.no-insurance-past-year"), 0.020, "f"),
        (new("employment.unemployment-benefit"), 0.015, "f"),
        (new("business.closure"), 0.008, "f"),
        (new("household-head.death"), 0.002, "f"),
        (new("welfare.basic-livelihood-dropout"), 0.002, "f"),
        (new("welfare.facility-discharge"), 0.0005, "f"),
        (new("victim.crime"), 0.001, "f"),
        (new("victim.disaster"), 0.002, "f"),
        (new("industrial-accident"), 0.001, "f"),
        (new("suicide.high-risk"), 0.001, "f"),
    ];

    private static readonly IndicatorCode MaintenanceFee = new("arrears.maintenance-fee.months");
    private static readonly IndicatorCode PublicRent = new("arrears.public-rent.months");
    private static readonly IndicatorCode Phq9 = new("screening.phq9.total");
    private static readonly IndicatorCode Phq9Item9 = new("screening.phq9.item9");
    private static readonly IndicatorCode Systolic = new("screening.bp.systolic");
    private static readonly IndicatorCode Diastolic = new("screening.bp.diastolic");
    private static readonly IndicatorCode Cognitive = new("screening.cognitive.positive");

    private static readonly (IndicatorCode Code, double Rate)[] Observations =
    [
        (new("observation.isolated"), 0.05),
        (new("observation.skipped-meals"), 0.03),
        (new("observation.no-heating"), 0.02),
        (new("observation.home-disrepair"), 0.05),
        (new("observation.unpaid-bills"), 0.03),
    ];

    internal static List<CrisisSignal> Draw(ref SeededRandom rng, LocalDate asOf, List<HouseholdMember> members, HousingType housing, double hardship)
    {
        var signals = new List<CrisisSignal>();
        foreach (var (code, rate, value) in National)
        {
            if (rng.Chance(Math.Min(0.9, rate * hardship)))
            {
                signals.Add(new CrisisSignal(code, Value(ref rng, value), Round(ref rng, asOf), SignalSource.NationalRound));
            }
        }

        var housingArrears = housing == HousingType.Apartment ? MaintenanceFee : housing == HousingType.PublicRental ? PublicRent : default;
        if (housingArrears != default && rng.Chance(Math.Min(0.9, 0.03 * hardship)))
        {
            signals.Add(new CrisisSignal(housingArrears, Value(ref rng, "m"), Round(ref rng, asOf), SignalSource.NationalRound));
        }

        // About one household in ten came to a session in the last 90 days and was screened there.
        if (rng.Chance(0.10))
        {
            Screening(ref rng, asOf, members, hardship, signals);
        }

        return signals;
    }

    private static void Screening(ref SeededRandom rng, LocalDate asOf, List<HouseholdMember> members, double hardship, List<CrisisSignal> signals)
    {
        var day = asOf.PlusDays(-rng.Between(0, 89));
        var roll = rng.NextDouble() / Math.Sqrt(hardship);
        var total = roll switch
        {
            < 0.01 => rng.Between(20, 27),
            < 0.04 => rng.Between(15, 19),
            < 0.11 => rng.Between(10, 14),
            < 0.25 => rng.Between(5, 9),
            _ => rng.Between(0, 4),
        };
        var item9Rate = total >= 15 ? 0.30 : total >= 10 ? 0.08 : 0.005;
        signals.Add(new CrisisSignal(Phq9, total, day, SignalSource.SessionScreening));
        signals.Add(new CrisisSignal(Phq9Item9, rng.Chance(item9Rate) ? rng.Between(1, 3) : 0, day, SignalSource.SessionScreening));

        var oldest = members.Max(m => m.AgeIn(asOf.Year));
        var systolic = Math.Clamp(Math.Round(rng.Normal(118 + (0.25 * oldest), 16)), 80, 230);
        var diastolic = Math.Clamp(Math.Round(rng.Normal(72 + (0.12 * oldest), 10)), 45, 140);
        signals.Add(new CrisisSignal(Systolic, systolic, day, SignalSource.SessionScreening));
        signals.Add(new CrisisSignal(Diastolic, diastolic, day, SignalSource.SessionScreening));
        if (oldest >= 65 && rng.Chance(0.08))
        {
            signals.Add(new CrisisSignal(Cognitive, 1, day, SignalSource.SessionScreening));
        }

        foreach (var (code, rate) in Observations)
        {
            if (rng.Chance(Math.Min(0.9, rate * hardship)))
            {
                signals.Add(new CrisisSignal(code, 1, day, SignalSource.SessionScreening));
            }
        }
    }

    private static double Value(ref SeededRandom rng, string kind)
    {
        if (kind == "f")
        {
            return 1;
        }

        if (kind == "m")
        {
            // Months of arrears: mostly short, with a tail (1–12).
            var months = 1;
            while (months < 12 && rng.Chance(0.6))
            {
                months++;
            }

            return months;
        }

        var parts = kind.Split(':');
        var min = Math.Log(double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
        var max = Math.Log(double.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
        return Math.Round(Math.Exp(min + (rng.NextDouble() * (max - min))) / 1000) * 1000;
    }

    // The six bi-monthly national rounds of the past year.
    private static LocalDate Round(ref SeededRandom rng, LocalDate asOf) => asOf.PlusDays(-61 * rng.Between(0, 5));
}

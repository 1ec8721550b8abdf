using BenchmarkDotNet.Attributes;
using Dalhaengi.Core.Calendar;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Rotation;
using NodaTime;

namespace Dalhaengi.Core.Benchmarks;

/// <summary>
/// Planning a season: Yangpyeong (one session every Wednesday), Hwaseong (three a day) and the synthetic province
/// (500 districts, 5,000 sites, three sessions on Monday, Wednesday and Friday). Holidays are Sundays only here, so
/// the benchmark does not depend on the calendar implementation.
/// </summary>
[MemoryDiagnoser]
public class RotationPlannerBenchmarks
{
    private static readonly DateInterval Season2025 = new(new LocalDate(2025, 3, 5), new LocalDate(2025, 12, 17));
    private readonly RotationPlanner _planner = new();
    private RotationRequest _yangpyeong = null!;
    private RotationRequest _hwaseong = null!;
    private RotationRequest _province = null!;

    [GlobalSetup]
    public void Setup()
    {
        var calendar = new SundaysCalendar();
        _yangpyeong = new RotationRequest(BuiltInMunicipalities.Yangpyeong, new Season(Season2025, [IsoDayOfWeek.Wednesday], calendar), BuiltInPartnerRosters.Yangpyeong);
        _hwaseong = new RotationRequest(BuiltInMunicipalities.Hwaseong, new Season(Season2025, [IsoDayOfWeek.Wednesday], calendar, sessionsPerDay: 3), BuiltInPartnerRosters.Hwaseong);
        var (province, roster) = Dalhaengi.Core.Rotation.SyntheticProvince.Build();
        _province = new RotationRequest(province, new Season(Season2025, [IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Friday], calendar, sessionsPerDay: 3), roster);
    }

    [Benchmark(Baseline = true)]
    public RotationPlan YangpyeongSeason() => _planner.Plan(_yangpyeong);

    [Benchmark]
    public RotationPlan HwaseongThreeADay() => _planner.Plan(_hwaseong);

    [Benchmark]
    public RotationPlan Province500Districts() => _planner.Plan(_province);

    internal sealed class SundaysCalendar : IHolidayCalendar
    {
        public bool IsHoliday(LocalDate date) => date.DayOfWeek == IsoDayOfWeek.Sunday;

        public Holiday? FindHoliday(LocalDate date) => null;

        public IReadOnlyList<Holiday> GetHolidays(int year) => [];

        public IReadOnlyList<Holiday> GetHolidays(DateInterval interval) => [];

        public bool IsWorkingDay(LocalDate date) => date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);

        public LocalDate NextWorkingDay(LocalDate date)
        {
            var d = date.PlusDays(1);
            while (!IsWorkingDay(d))
            {
                d = d.PlusDays(1);
            }

            return d;
        }

        public IHolidayCalendar With(IEnumerable<Holiday> additionalDays) => this;
    }
}

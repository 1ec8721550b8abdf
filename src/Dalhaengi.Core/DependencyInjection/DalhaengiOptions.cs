using Dalhaengi.Core.Calendar;
using Dalhaengi.Core.Cities;
using Dalhaengi.Core.Eligibility;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Risk;

namespace Dalhaengi.Core.DependencyInjection;

/// <summary>
/// Options for <see cref="DalhaengiServiceCollectionExtensions.AddDalhaengi(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{DalhaengiOptions})"/>:
/// the city's data. Left alone, the program runs on the built-in Yangpyeong County data.
/// </summary>
/// <remarks>
/// Checked as a whole at registration: a municipality that is not built in needs a roster (registered here or as a
/// <see cref="PartnerRoster"/> service before <c>AddDalhaengi</c>), and the roster must fit the municipality (its
/// districts exist, every district with sites has a local office, its needs are indicator codes). Every problem is
/// listed in one <see cref="DalhaengiValidationException"/>, so a half-configured city fails when the host starts,
/// not with an empty plan later.
/// </remarks>
public sealed class DalhaengiOptions
{
    /// <summary>The municipality the program runs in. Defaults to <see cref="BuiltInMunicipalities.Yangpyeong"/>.</summary>
    public Municipality Municipality { get; set; } = BuiltInMunicipalities.Yangpyeong;

    /// <summary>
    /// The partner roster; <see langword="null"/> (the default) uses the built-in roster of a built-in municipality and
    /// is an error for any other.
    /// </summary>
    public PartnerRoster? Roster { get; set; }

    /// <summary>The risk rule set (an overlay resolved with <see cref="RiskRuleSetRegistry"/>); <see langword="null"/> uses <see cref="BuiltInRuleSets.NationalOutreach"/>.</summary>
    public RiskRuleSet? RuleSet { get; set; }

    /// <summary>Days off added to <see cref="KoreanHolidayCalendar.Default"/>: local closures, newly designated days (<see cref="HolidayDataJson"/>).</summary>
    public IList<Holiday> Holidays { get; } = [];

    /// <summary>The emergency-support tables; <see langword="null"/> uses <see cref="EmergencySupportThresholds.Default"/>.</summary>
    public EmergencySupportThresholds? EmergencySupport { get; set; }

    /// <summary>Sets every option from a city folder: its municipality, roster, rule set, extra days off and tables.</summary>
    /// <param name="city">The loaded folder (<see cref="CityFolder.Load"/>).</param>
    /// <returns>These options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="city"/> is <see langword="null"/>.</exception>
    public DalhaengiOptions UseCity(CityFolder city)
    {
        ArgumentNullException.ThrowIfNull(city);
        Municipality = city.Municipality;
        Roster = city.Roster;
        RuleSet = city.RuleSet;
        Holidays.Clear();
        foreach (var day in city.Holidays)
        {
            Holidays.Add(day);
        }

        EmergencySupport = city.EmergencySupport;
        return this;
    }

    /// <summary>The roster in effect: the one set, else the built-in one of a built-in municipality.</summary>
    internal PartnerRoster? EffectiveRoster => Roster ?? (Municipality is null ? null : BuiltInPartnerRosters.For(Municipality));

    /// <summary>Checks the options and lists what is wrong.</summary>
    /// <param name="registeredRoster">Whether the host registered its own <see cref="PartnerRoster"/> before <c>AddDalhaengi</c>.</param>
    /// <param name="registered">That roster, when it was registered as an instance (so it can be checked too).</param>
    /// <returns>The problems found; empty when the options are valid.</returns>
    internal List<ValidationProblem> Validate(bool registeredRoster = false, PartnerRoster? registered = null)
    {
        var problems = new List<ValidationProblem>();
        if (Municipality is null)
        {
            problems.Add(new(nameof(Municipality), "must be set", "use BuiltInMunicipalities.Yangpyeong, load one with MunicipalityJson, or UseCity(CityFolder.Load(dir))"));
            return problems;
        }

        if (Holidays.Any(h => h is null))
        {
            problems.Add(new(nameof(Holidays), "must not contain null"));
        }

        var roster = Roster ?? registered ?? BuiltInPartnerRosters.For(Municipality);
        if (roster is null && !registeredRoster)
        {
            problems.Add(new(nameof(Roster), $"is not set, and {Municipality} is not a built-in municipality, so no partner would ever be planned or referred to",
                "set options.Roster = PartnerRosterJson.Parse(...), or UseCity(CityFolder.Load(dir))"));
        }

        // The built-in pairs are checked by the library's tests; a city's own roster is checked here, once.
        if (roster is not null && (Roster is not null || registered is not null))
        {
            var catalog = IndicatorCatalog.National;
            foreach (var p in CityConsistency.Check(Municipality, roster, catalog))
            {
                var where = p.Where.Id.Length == 0 ? nameof(Roster)
                    : $"{nameof(Roster)}.{(p.Where.IsService ? "services" : "partners")}['{p.Where.Id}'].{p.Where.Field}{(p.Where.Item is { } i ? $"[{i}]" : "")}";
                problems.Add(new(where, p.Message, p.Hint));
            }
        }

        return problems;
    }
}

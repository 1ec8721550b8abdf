using Ardalis.GuardClauses;
using Dalhaengi.Core.Calendar;
using Dalhaengi.Core.Eligibility;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Risk;

namespace Dalhaengi.Core.Cities;

/// <summary>
/// A municipality's own data in one directory, loaded and checked together: the municipality, its partner roster,
/// and optionally its rule set (or overlay), extra days off and emergency-support tables.
/// </summary>
/// <remarks>
/// <para>
/// The layout scripts can rely on (each file in the library's existing format):
/// <c>municipality.json</c> (<c>dalhaengi.municipality/1</c>, required), <c>partners.json</c>
/// (<c>dalhaengi.partners/1</c>, required), <c>rules.json</c> (<c>dalhaengi.risk-rules/1</c>: a full rule set or an
/// overlay that <c>extends</c> a built-in one; default <see cref="BuiltInRuleSets.NationalOutreach"/>),
/// <c>holidays.json</c> (<c>dalhaengi.holidays/1</c>: local closures, newly designated days) and
/// <c>emergency-support.json</c> (긴급복지지원 tables; default <see cref="EmergencySupportThresholds.Default"/>).
/// Any other <c>.json</c> file is reported, so that a misnamed file is not silently ignored.
/// </para>
/// <para>
/// Every problem of every file is reported at once, each as <c>file:line $.json.path</c>, together with the checks
/// across files: the roster's districts exist in the municipality, every district with sites has a local office,
/// partners bring at least one service, and every need a service addresses or a partner takes matches an indicator
/// code in the catalog (with "did you mean").
/// </para>
/// </remarks>
public sealed class CityFolder
{
    /// <summary>The municipality file's name (required).</summary>
    public const string MunicipalityFile = "municipality.json";

    /// <summary>The partner roster file's name (required).</summary>
    public const string PartnersFile = "partners.json";

    /// <summary>The rule set or overlay file's name (optional).</summary>
    public const string RulesFile = "rules.json";

    /// <summary>The extra days off file's name (optional).</summary>
    public const string HolidaysFile = "holidays.json";

    /// <summary>The emergency-support tables file's name (optional).</summary>
    public const string EmergencySupportFile = "emergency-support.json";

    internal static readonly string[] KnownFiles = [MunicipalityFile, PartnersFile, RulesFile, HolidaysFile, EmergencySupportFile];

    internal CityFolder(Municipality municipality, PartnerRoster roster, RiskRuleSet ruleSet, IReadOnlyList<Holiday> holidays, EmergencySupportThresholds? emergencySupport)
    {
        Municipality = municipality;
        Roster = roster;
        RuleSet = ruleSet;
        Holidays = holidays;
        EmergencySupport = emergencySupport;
        Calendar = holidays.Count == 0 ? KoreanHolidayCalendar.Default : KoreanHolidayCalendar.Default.With(holidays);
    }

    /// <summary>The municipality, from <c>municipality.json</c>.</summary>
    public Municipality Municipality { get; }

    /// <summary>The partner roster, from <c>partners.json</c>.</summary>
    public PartnerRoster Roster { get; }

    /// <summary>The rule set from <c>rules.json</c>, an overlay resolved against the built-ins; the national rule set without the file.</summary>
    public RiskRuleSet RuleSet { get; }

    /// <summary>The extra days off from <c>holidays.json</c>, one per date; empty without the file.</summary>
    public IReadOnlyList<Holiday> Holidays { get; }

    /// <summary>The holiday calendar: <see cref="KoreanHolidayCalendar.Default"/> with <see cref="Holidays"/> added.</summary>
    public IHolidayCalendar Calendar { get; }

    /// <summary>The emergency-support tables from <c>emergency-support.json</c>; <see langword="null"/> without the file (the embedded tables apply).</summary>
    public EmergencySupportThresholds? EmergencySupport { get; }

    /// <summary>Loads a city folder and checks its files together.</summary>
    /// <param name="directory">The folder.</param>
    /// <param name="catalog">The indicator catalog rules and needs are checked against; <see cref="IndicatorCatalog.National"/> when <see langword="null"/>.</param>
    /// <returns>The loaded city.</returns>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is null or empty.</exception>
    /// <exception cref="DalhaengiValidationException">
    /// The folder is missing, a required file is missing, or any file is malformed, invalid or inconsistent with the
    /// others; every problem is listed, each path as <c>file:line $.json.path</c>.
    /// </exception>
    public static CityFolder Load(string directory, IndicatorCatalog? catalog = null)
    {
        Guard.Against.NullOrWhiteSpace(directory);
        return CityFolderLoader.Load(directory, catalog ?? IndicatorCatalog.National);
    }

    /// <summary>Returns the municipality's name and what the folder holds.</summary>
    /// <returns>For example <c>chuncheon 춘천시: 25 districts, 20 services, 28 partners, chuncheon.outreach@2026.1</c>.</returns>
    public override string ToString() => $"{Municipality}: {Municipality.Districts.Count} districts, {Roster}, {RuleSet}";
}

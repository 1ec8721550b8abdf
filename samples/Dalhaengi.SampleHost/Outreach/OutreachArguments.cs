using Dalhaengi.Core.Partners;
using System.Globalization;
using Dalhaengi.Core;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Outreach;
using Dalhaengi.SampleHost.Infrastructure;
using NodaTime;
using NodaTime.Text;

namespace Dalhaengi.SampleHost.Outreach;

/// <summary>Parses the outreach commands' option values, turning mistakes into <see cref="BadInputException"/>.</summary>
internal static class OutreachArguments
{
    private static readonly DateTimeZone Korea = DateTimeZoneProviders.Tzdb["Asia/Seoul"];

    public static LocalDate Today(IClock clock) => clock.GetCurrentInstant().InZone(Korea).Date;

    public static LocalDate Date(string text, string option)
    {
        var result = LocalDatePattern.Iso.Parse(text ?? "");
        if (!result.Success)
        {
            throw new BadInputException($"{option}: '{text}' is not a date; use yyyy-MM-dd, for example 2024-03-06.");
        }

        return result.Value.Year is >= Core.Calendar.KoreanHolidayCalendar.MinYear and <= Core.Calendar.KoreanHolidayCalendar.MaxYear
            ? result.Value
            : throw new BadInputException($"{option}: {text} is outside {Core.Calendar.KoreanHolidayCalendar.MinYear}–{Core.Calendar.KoreanHolidayCalendar.MaxYear}, the years this program covers.");
    }

    public static DistrictCode District(Municipality municipality, string text)
    {
        if (municipality.FindDistrictByName(text) is { } byName)
        {
            return byName.Code;
        }

        var code = Id(text, "--district", t => new DistrictCode(t));
        return municipality.FindDistrict(code)?.Code
            ?? throw new BadInputException($"--district: '{text}' is not a district of {municipality.Name.Korean}; use a code such as 4183025000 or a name such as 양평읍.");
    }

    public static T Id<T>(string text, string option, Func<string, T> create)
    {
        try
        {
            return create(text);
        }
        catch (ArgumentException ex)
        {
            throw new BadInputException($"{option}: {ex.Message.Split(" (Parameter", 2)[0]}");
        }
    }

    /// <summary>Parses a partner id and checks that the roster knows it, so a typo is caught before it is stored.</summary>
    public static PartnerId Partner(string text, string option, PartnerRoster roster)
    {
        var id = Id(text, option, v => new PartnerId(v));
        return roster.FindPartner(id) is null
            ? throw new BadInputException($"{option}: no partner '{text}' in the roster; known: {string.Join(", ", roster.Partners.Select(p => p.Id.Value))}")
            : id;
    }

    public static TEnum Choice<TEnum>(string text, string option, params (string Name, TEnum Value)[] choices) =>
        choices.FirstOrDefault(c => string.Equals(c.Name, text, StringComparison.OrdinalIgnoreCase)) is { Name: not null } found
            ? found.Value
            : throw new BadInputException($"{option}: '{text}' is not one of {string.Join(", ", choices.Select(c => c.Name))}.");

    public static ReferralOutcome Outcome(string text) => Choice(text, "--outcome",
        ("resolved", ReferralOutcome.Resolved), ("declined", ReferralOutcome.DeclinedByHousehold),
        ("unreachable", ReferralOutcome.Unreachable), ("transferred", ReferralOutcome.Transferred));

    public static string State(ReferralState state) => state switch
    {
        ReferralState.InService => "in-service",
        _ => state.ToString().ToLowerInvariant(),
    };

    public static int Int(string text, string option) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= OptionBounds.MaxPerSession
            ? n
            : throw new BadInputException($"{option}: '{text}' is not a whole number from 0 to {OptionBounds.MaxPerSession}.");

    /// <summary>Runs a domain action and reports a broken business rule as a user mistake (exit code 1).</summary>
    public static async Task<T> Guarded<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (BusinessRuleViolationException ex)
        {
            throw new BadInputException(ex.Message);
        }
        catch (ConcurrencyConflictException ex)
        {
            throw new BadInputException(ex.Message);
        }
    }
}

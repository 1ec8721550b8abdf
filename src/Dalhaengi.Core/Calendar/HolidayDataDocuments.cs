using System.Text.Json.Serialization;
using Dalhaengi.Core.Geography;

namespace Dalhaengi.Core.Calendar;

// The JSON shapes of the calendar data files. Plain strings for enums and dates so that every mistake is
// reported with its path and the allowed values, rather than as a converter exception.
internal sealed class HolidayDaysDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Version { get; set; }

    public List<HolidayDayDocument?>? Days { get; set; }
}

internal sealed class HolidayDayDocument
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Date { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? From { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? To { get; set; }

    public string? Kind { get; set; }

    public NameDocument? Name { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SubstituteFor { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Note { get; set; }
}

internal sealed class SubstituteRulesDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public string? Version { get; set; }

    public List<SubstituteEraDocument?>? Eras { get; set; }
}

internal sealed class SubstituteEraDocument
{
    public string? From { get; set; }

    public string? Until { get; set; }

    public List<string?>? Holidays { get; set; }

    public List<string?>? Triggers { get; set; }

    public string? Law { get; set; }

    public string? Note { get; set; }
}

internal sealed class RegularHolidaysDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public string? Version { get; set; }

    public string? Note { get; set; }

    public List<RegularHolidayDocument?>? Holidays { get; set; }
}

internal sealed class RegularHolidayDocument
{
    public string? Key { get; set; }

    public NameDocument? Name { get; set; }

    public string? Solar { get; set; }

    public string? Lunar { get; set; }

    public int? DaysBefore { get; set; }

    public int? DaysAfter { get; set; }

    public List<HolidayPeriodDocument?>? Periods { get; set; }

    public string? Law { get; set; }

    public string? Note { get; set; }
}

internal sealed class HolidayPeriodDocument
{
    public string? From { get; set; }

    public string? Until { get; set; }
}

internal sealed class StatutoryElectionsDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public string? Version { get; set; }

    public string? Note { get; set; }

    public List<StatutoryElectionDocument?>? Elections { get; set; }
}

internal sealed class StatutoryElectionDocument
{
    public string? Key { get; set; }

    public NameDocument? Name { get; set; }

    public string? TermEnds { get; set; }

    public int? EveryYears { get; set; }

    public int? DaysBefore { get; set; }

    public string? Law { get; set; }

    public string? Note { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(HolidayDaysDocument))]
[JsonSerializable(typeof(SubstituteRulesDocument))]
[JsonSerializable(typeof(RegularHolidaysDocument))]
[JsonSerializable(typeof(StatutoryElectionsDocument))]
internal sealed partial class CalendarJsonContext : JsonSerializerContext;

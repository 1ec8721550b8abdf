using Dalhaengi.Core.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;

namespace Dalhaengi.Core.Tests.Serialization;

/// <summary>The fast ISO date reader agrees with NodaTime's ISO pattern on every text, valid or not.</summary>
public sealed class IsoDateTests
{
    // Texts near the ISO shape: digits, dashes and a few other characters in the ten places, so that most are
    // almost-dates (wrong day, month 13, year 0000, a sign, a full-width digit) and some are real ones.
    private static readonly Gen<string> NearlyDates =
        Gen.ArrayOf(Gen.Elements('0', '1', '2', '3', '9', '-', '+', ' ', '１', 'x'), 10)
            .Select(chars => new string(chars))
            .Select(s => s.Length == 10 ? string.Concat(s[..4], "-", s[5..7], "-", s[8..]) : s);

    private static readonly Gen<LocalDate> Dates =
        from days in Gen.Choose(-800_000, 2_900_000)
        select new LocalDate(1, 1, 1).PlusDays(days);

    [Property(MaxTest = 2000)]
    public Property TryParse_OfAnyNearlyIsoText_AgreesWithNodaTimesIsoPattern() =>
        Prop.ForAll(Gen.OneOf(NearlyDates, Gen.Elements("", "2025-1-05", "2025-02-29", "2024-02-29", "0000-01-01", "-0001-01-01", "12025-01-01", " 2025-01-01", "2025-01-01 ")).ToArbitrary(), text =>
        {
            var expected = LocalDatePattern.Iso.Parse(text);
            var ok = IsoDate.TryParse(text, out var date);
            return ok == expected.Success && (!ok || date == expected.Value);
        });

    [Property(MaxTest = 2000)]
    public Property TryParseCommon_OfAFormattedDate_GivesTheDateBack() =>
        Prop.ForAll(Dates.ToArbitrary(), date =>
        {
            var text = LocalDatePattern.Iso.Format(date);
            var fast = IsoDate.TryParseCommon(text, out var parsed);
            return fast ? parsed == date : date.Year < 1;
        });

    [Theory]
    [InlineData("2025-02-29")]
    [InlineData("2025-13-01")]
    [InlineData("2025-00-10")]
    [InlineData("0000-01-01")]
    [InlineData("2025-0１-01")]
    public void TryParseCommon_OfATextItDoesNotHandle_LeavesItToNodaTime(string text) =>
        Assert.False(IsoDate.TryParseCommon(text, out _));
}

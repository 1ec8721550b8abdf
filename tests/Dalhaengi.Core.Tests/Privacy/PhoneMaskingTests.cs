using Dalhaengi.Core.Households;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dalhaengi.Core.Tests.Privacy;

public sealed class PhoneMaskingTests
{
    [Theory]
    [InlineData("010-1234-5678", "0**-****-5678")]
    [InlineData("770-2114", "***-*114")]
    [InlineData("02-770-2114", "**-***-2114")]
    public void MaskPhone_HidesAtLeastHalfTheDigits_Examples(string phone, string expected) =>
        Assert.Equal(expected, PersonalData.MaskPhone(phone));

    [Property(MaxTest = 300)]
    public Property MaskPhone_HidesAtLeastHalfTheDigits_AndKeepsSeparators() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Elements("0", "1", "5", "9", "-", " ")).Select(parts => string.Concat(parts)).ToArbitrary(),
            phone =>
            {
                var masked = PersonalData.MaskPhone(phone);
                var digits = phone.Count(char.IsAsciiDigit);
                var hidden = masked.Count(c => c == '*');
                return masked.Length == phone.Length && hidden * 2 >= digits && masked.Where(c => !char.IsAsciiDigit(c) && c != '*').SequenceEqual(phone.Where(c => !char.IsAsciiDigit(c)));
            });
}

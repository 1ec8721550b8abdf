using Dalhaengi.Core.Internal;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dalhaengi.Core.Tests.Privacy;

public sealed class ResidentNumberTests
{
    [Theory]
    [InlineData("900101-1234567")]
    [InlineData("9001011234567")]
    [InlineData("900101 1234567")]
    [InlineData("900101\u20131234567")]
    [InlineData("900101\uFF0D1234567")]
    [InlineData("메모: 050505-4123456 확인")]
    [InlineData("001231-3000000")]
    [InlineData("200229-4123456")]
    public void IsIn_WhenTextHoldsAnRrnForm_IsTrue(string text) => Assert.True(ResidentNumber.IsIn(text));

    [Theory]
    [InlineData("010-1234-5678")]
    [InlineData("01012345678")]
    [InlineData("031-770-2114")]
    [InlineData("901301-1234567")] // month 13
    [InlineData("900132-1234567")] // day 32
    [InlineData("900101-9234567")] // 7th digit 9
    [InlineData("900101-0234567")] // 7th digit 0
    [InlineData("010229-3123456")] // 2001 was not a leap year
    [InlineData("19001011234567")] // part of a longer number
    [InlineData("900101-12345678")]
    [InlineData("hh-000123")]
    public void IsIn_WhenTextHoldsNoRrn_IsFalse(string text) => Assert.False(ResidentNumber.IsIn(text));

    [Property(MaxTest = 500)]
    public Property IsIn_FindsEveryGeneratedForm() =>
        Prop.ForAll(ResidentNumberForms.Arbitrary(), text => ResidentNumber.IsIn(text));

    [Property(MaxTest = 500)]
    public Property IsIn_NeverFlagsAKoreanPhoneNumber() =>
        Prop.ForAll(
            (from prefix in Gen.Elements("010", "011", "02", "031", "070")
             from middle in Gen.Choose(100, 9999)
             from last in Gen.Choose(0, 9999)
             from sep in Gen.Elements("-", "", " ")
             select $"{prefix}{sep}{middle}{sep}{last:0000}").ToArbitrary(),
            phone => !ResidentNumber.IsIn(phone));
}

using Dalhaengi.Core.Eligibility;

namespace Dalhaengi.Core.Tests.Eligibility;

public sealed class CrisisReasonTests
{
    [Fact]
    public void BuiltIn_ListsTheActsAndNoticesReasonsAndLocalOrdinance()
    {
        Assert.Equal(14, CrisisReason.BuiltIn.Count); // 7 in the Act, 6 by notice (단전 among them), local ordinance
        Assert.Equal(CrisisReason.BuiltIn.Count, CrisisReason.BuiltIn.Distinct().Count());
        Assert.All(CrisisReason.BuiltIn, r => Assert.True(r.IsRecognized));
        Assert.Contains(new CrisisReason("job-loss"), CrisisReason.BuiltIn);
    }

    [Theory]
    [InlineData("local-ordinance", true)]
    [InlineData("local.rent-arrears-after-job-loss", true)]
    [InlineData("local.", false)]
    [InlineData("localx", false)]
    [InlineData("job-loss", false)]
    public void IsLocalOrdinance_RecognizesTheLocalPrefix(string code, bool expected) =>
        Assert.Equal(expected, new CrisisReason(code).IsLocalOrdinance);

    [Fact]
    public void IsRecognized_WhenAnUnknownCode_IsFalse() =>
        Assert.False(new CrisisReason("Job-Loss").IsRecognized);

    [Theory]
    [InlineData("")]
    [InlineData("job loss")]
    [InlineData("실직")]
    public void Constructor_WhenNotAnIdentifier_Throws(string code) =>
        Assert.Throws<ArgumentException>(() => new CrisisReason(code));
}

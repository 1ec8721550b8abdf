using Dalhaengi.Core.Outreach;

namespace Dalhaengi.SampleHost.Tests.Storage;

/// <summary>Asserts that a stored aggregate read back equals the one written, audit trail included.</summary>
internal static class AggregateAssert
{
    public static void Same(SessionRecord expected, SessionRecord? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Version, actual.Version);
        Assert.Equal(expected.Current, actual.Current);
        foreach (var (e, a) in expected.Revisions.Zip(actual.Revisions))
        {
            Assert.Equal(e.Version, a.Version);
            Assert.Equal(e.Details, a.Details);
            Assert.Equal(e.ChangedBy, a.ChangedBy);
            Assert.Equal(e.ChangedAt, a.ChangedAt);
            Assert.Equal(e.Reason, a.Reason);
            Assert.Equal(e.ChangedFields, a.ChangedFields);
        }
    }

    public static void Same(Referral expected, Referral? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Subject, actual.Subject);
        Assert.Equal(expected.History, actual.History);
        Assert.Equal(expected.State, actual.State);
        Assert.Equal(expected.DueDate, actual.DueDate);
    }

    public static void Same(Case expected, Case? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Household, actual.Household);
        Assert.Equal(expected.District, actual.District);
        Assert.Equal(expected.History, actual.History);
        Assert.Equal(expected.Stage, actual.Stage);
        Assert.Equal(expected.Services, actual.Services);
    }
}

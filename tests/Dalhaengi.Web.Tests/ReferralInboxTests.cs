using System.Net;
using Dalhaengi.Core.Outreach;
using Microsoft.Extensions.DependencyInjection;

namespace Dalhaengi.Web.Tests;

/// <summary>The partner's moves on a referral through the inbox, and that nobody else can make them.</summary>
public sealed class ReferralInboxTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private static string Page(ReferralId id) => "/Referrals/Detail?id=" + id.Value;

    private static string Handler(ReferralId id, string handler) => Page(id) + "&handler=" + handler;

    private async Task<Referral> StoredAsync(ReferralId id) =>
        (await factory.Services.GetRequiredService<IReferralRepository>().FindAsync(id))!;

    [Fact]
    public async Task Partner_AcceptsStartsAndClosesItsReferral()
    {
        using var client = await factory.SignedInAsync("partner.dementia");
        var id = WebFactory.YangseoReferral;

        await WebFactory.PostFormAsync(client, Handler(id, "Accept"), [], Page(id));
        await WebFactory.PostFormAsync(client, Handler(id, "Start"), [], Page(id));
        using var closed = await WebFactory.PostFormAsync(client, Handler(id, "Close"), new() { ["outcome"] = "Resolved" }, Page(id));

        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var referral = await StoredAsync(id);
        Assert.Equal((ReferralState.Closed, ReferralOutcome.Resolved), (referral.State, referral.Outcome));
        Assert.Equal(["coordinator", "partner.dementia", "partner.dementia", "partner.dementia"], referral.History.Select(t => t.By));
    }

    [Fact]
    public async Task Partner_RejectsOnlyWithAReason()
    {
        using var client = await factory.SignedInAsync("partner.mental");
        var id = WebFactory.UnconsentedReferral;

        using var empty = await WebFactory.PostFormAsync(client, Handler(id, "Reject"), new() { ["reason"] = "" }, Page(id));
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("반려 사유를 입력하십시오", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ReferralState.Referred, (await StoredAsync(id)).State);

        await WebFactory.PostFormAsync(client, Handler(id, "Reject"), new() { ["reason"] = "담당 지역 아님" }, Page(id));
        var rejected = await StoredAsync(id);
        Assert.Equal((ReferralState.Rejected, "담당 지역 아님"), (rejected.State, rejected.RejectionReason));
    }

    [Fact]
    public async Task OthersWhoCanSeeAReferral_CannotMoveIt_AndOthersCannotFindIt()
    {
        using var officer = await factory.SignedInAsync("officer.yangpyeong");
        using var otherPartner = await factory.SignedInAsync("partner.dementia");
        var id = WebFactory.ConsentedReferral;

        using var seen = await WebFactory.PostFormAsync(officer, Handler(id, "Accept"), [], Page(id));
        using var unseen = await otherPartner.PostAsync(Handler(id, "Accept"), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.Forbidden, seen.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, unseen.StatusCode);
        Assert.Equal(ReferralState.Referred, (await StoredAsync(id)).State);
    }
}

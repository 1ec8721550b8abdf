using System.Net;
using Dalhaengi.Core.Access;
using Microsoft.Extensions.DependencyInjection;

namespace Dalhaengi.Web.Tests;

/// <summary>Reveal for a purpose, the access record, antiforgery and lockout.</summary>
public sealed class PersonalDataTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private const string ConsentedPage = "/Households/Detail?id=hh-t-consented";

    [Fact]
    public async Task MaskedPage_ShowsNoPersonalData_AndWritesNoRecord()
    {
        using var client = await factory.SignedInAsync("partner.mental");
        var before = await factory.AccessRecordCountAsync();

        var page = await client.GetStringAsync(ConsentedPage);

        Assert.Contains("테**일", page, StringComparison.Ordinal);
        Assert.Contains("0**-****-2222", page, StringComparison.Ordinal);
        Assert.DoesNotContain("테스트일", page, StringComparison.Ordinal);
        Assert.DoesNotContain("테스트 메모", page, StringComparison.Ordinal);
        Assert.Equal(before, await factory.AccessRecordCountAsync());
    }

    [Fact]
    public async Task RevealForAPurpose_ShowsTheData_AndWritesExactlyOneRecord()
    {
        using var client = await factory.SignedInAsync("partner.mental");
        var before = await factory.AccessRecordCountAsync();

        using var response = await WebFactory.PostFormAsync(client, ConsentedPage, new() { ["purpose"] = "referral-handling" });
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("테스트일", page, StringComparison.Ordinal);
        Assert.Contains("010-1111-2222", page, StringComparison.Ordinal);
        var entries = await factory.Services.GetRequiredService<IAccessRecordRepository>().ListAsync();
        Assert.Equal(before + 1, entries.Count);
        var entry = entries[^1];
        Assert.Equal(("partner.mental", "hh-t-consented", "referral-handling", true), (entry.User, entry.SubjectId, entry.Purpose?.Value, entry.Allowed));
    }

    [Fact]
    public async Task RevealForAPurposeNotGranted_StaysMasked_AndRecordsTheDenial()
    {
        using var client = await factory.SignedInAsync("coordinator");
        var before = await factory.AccessRecordCountAsync();

        using var response = await WebFactory.PostFormAsync(client, ConsentedPage, new() { ["purpose"] = "session-recording" });
        var page = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("테스트일", page, StringComparison.Ordinal);
        var entries = await factory.Services.GetRequiredService<IAccessRecordRepository>().ListAsync();
        Assert.Equal(before + 1, entries.Count);
        Assert.Equal(("purpose-not-granted", false), (entries[^1].Rule, entries[^1].Allowed));
    }

    [Fact]
    public async Task AccessRecordPage_ForThePrivacyOfficer_IsItselfRecorded()
    {
        using var client = await factory.SignedInAsync("privacy");
        var before = await factory.AccessRecordCountAsync();

        using var response = await client.GetAsync("/AccessRecord");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before + 1, await factory.AccessRecordCountAsync());
    }

    [Fact]
    public async Task FormPostWithoutAntiforgeryToken_IsRejected()
    {
        using var client = await factory.SignedInAsync("partner.mental");
        var before = await factory.AccessRecordCountAsync();

        using var reveal = await client.PostAsync(ConsentedPage, new FormUrlEncodedContent(new Dictionary<string, string> { ["purpose"] = "referral-handling" }));
        using var accept = await client.PostAsync("/Referrals/Detail?id=ref-t-consented&handler=Accept", new FormUrlEncodedContent(new Dictionary<string, string>()));

        Assert.Equal(HttpStatusCode.BadRequest, reveal.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, accept.StatusCode);
        Assert.DoesNotContain("테스트일", await reveal.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await factory.AccessRecordCountAsync());
    }

    [Fact]
    public async Task SignOut_IsAFormPostThatEndsTheSession()
    {
        using var client = await factory.SignedInAsync("privacy");

        using var signedOut = await WebFactory.PostFormAsync(client, "/Account/Logout", [], "/");
        using var after = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.StartsWith("/Account/Login", after.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_LocksTheAccountAfterFiveFailures()
    {
        await factory.SeedAsync();
        using var client = factory.NewClient();
        for (var i = 0; i < 5; i++)
        {
            await WebFactory.PostFormAsync(client, "/Account/Login", new() { ["user"] = "officer.yangseo", ["password"] = "wrong-password-0" });
        }

        using var right = await WebFactory.PostFormAsync(client, "/Account/Login", new() { ["user"] = "officer.yangseo", ["password"] = WebFactory.Password });

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("잠겼습니다", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

using System.Net;

namespace Dalhaengi.Web.Tests;

/// <summary>Endpoints × roles: what each demo account may open, and that refusals leak nothing.</summary>
public sealed class AccessMatrixTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private const string Ok = "200";
    private const string Forbidden = "403";
    private const string NotFound = "404";

    public static TheoryData<string, string, string> Matrix()
    {
        string consented = "/Households/Detail?id=" + WebFactory.Consented.Value;
        string unconsented = "/Households/Detail?id=" + WebFactory.Unconsented.Value;
        string yangseo = "/Households/Detail?id=" + WebFactory.Yangseo.Value;
        string mentalReferral = "/Referrals/Detail?id=" + WebFactory.ConsentedReferral.Value;
        string dementiaReferral = "/Referrals/Detail?id=" + WebFactory.YangseoReferral.Value;
        var rows = new (string Url, string Coordinator, string OfficerYp, string OfficerYs, string Mental, string Dementia, string Privacy)[]
        {
            ("/", Ok, Ok, Ok, Ok, Ok, Ok),
            ("/Referrals", Ok, Ok, Ok, Ok, Ok, Ok),
            ("/Overdue", Ok, Ok, Ok, Ok, Ok, Ok),
            ("/Sessions/Record", Ok, Ok, Ok, Forbidden, Forbidden, Forbidden),
            ("/AccessRecord", Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok),
            (mentalReferral, Ok, Ok, NotFound, Ok, NotFound, NotFound),
            (dementiaReferral, Ok, NotFound, Ok, NotFound, Ok, NotFound),
            (consented, Ok, Ok, NotFound, Ok, NotFound, NotFound),
            (unconsented, Ok, Ok, NotFound, NotFound, NotFound, NotFound),
            (yangseo, Ok, NotFound, Ok, NotFound, Ok, NotFound),
            ("/Referrals/Detail?id=ref-does-not-exist", NotFound, NotFound, NotFound, NotFound, NotFound, NotFound),
            ("/Households/Detail?id=bad%20id%2F..", NotFound, NotFound, NotFound, NotFound, NotFound, NotFound),
        };
        var data = new TheoryData<string, string, string>();
        foreach (var r in rows)
        {
            data.Add(r.Url, "coordinator", r.Coordinator);
            data.Add(r.Url, "officer.yangpyeong", r.OfficerYp);
            data.Add(r.Url, "officer.yangseo", r.OfficerYs);
            data.Add(r.Url, "partner.mental", r.Mental);
            data.Add(r.Url, "partner.dementia", r.Dementia);
            data.Add(r.Url, "privacy", r.Privacy);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Get_ReturnsWhatThePolicyAllows_AndRefusalsLeakNothing(string url, string user, string expected)
    {
        var client = await factory.SharedClientAsync(user);

        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(expected, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (expected != Ok)
        {
            Assert.DoesNotContain("hh-t-", body, StringComparison.Ordinal);
            Assert.DoesNotContain("테스트", body, StringComparison.Ordinal);
            Assert.DoesNotContain("ref-t-", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Lists_ShowOnlyTheReferralsInScope()
    {
        var mental = await factory.SharedClientAsync("partner.mental");
        var yangseo = await factory.SharedClientAsync("officer.yangseo");

        var inbox = await mental.GetStringAsync("/Referrals");
        var district = await yangseo.GetStringAsync("/Referrals");

        Assert.Contains(WebFactory.ConsentedReferral.Value, inbox, StringComparison.Ordinal);
        Assert.DoesNotContain(WebFactory.YangseoReferral.Value, inbox, StringComparison.Ordinal);
        Assert.Contains(WebFactory.YangseoReferral.Value, district, StringComparison.Ordinal);
        Assert.DoesNotContain(WebFactory.ConsentedReferral.Value, district, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Referrals")]
    [InlineData("/Overdue")]
    [InlineData("/AccessRecord")]
    [InlineData("/Sessions/Record")]
    [InlineData("/Households/Detail?id=hh-t-consented")]
    [InlineData("/Referrals/Detail?id=ref-t-consented")]
    public async Task Anonymous_IsSentToSignInWithoutData(string url)
    {
        await factory.SeedAsync();
        using var client = factory.NewClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.DoesNotContain("hh-t-", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthz_AnswersAnonymously_WithSecurityHeaders()
    {
        using var client = factory.NewClient();

        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }
}

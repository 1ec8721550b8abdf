using System.Net;
using System.Text.RegularExpressions;
using Dalhaengi.Core.Access;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Outreach;
using Dalhaengi.Core.Partners;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Dalhaengi.Web.Tests;

/// <summary>
/// The web host on a fresh temp database, at a fixed day (2024-06-03 KST), with a known demo password and three
/// households of its own: one referred to the mental-health centre with consent, one referred there without, and one
/// in 양서면 referred to the dementia centre.
/// </summary>
public partial class WebFactory : WebApplicationFactory<Program>
{
    public const string Password = "Test-password-123";
    public static readonly HouseholdId Consented = new("hh-t-consented");
    public static readonly HouseholdId Unconsented = new("hh-t-unconsented");
    public static readonly HouseholdId Yangseo = new("hh-t-yangseo");
    public static readonly ReferralId ConsentedReferral = new("ref-t-consented");
    public static readonly ReferralId UnconsentedReferral = new("ref-t-unconsented");
    public static readonly ReferralId YangseoReferral = new("ref-t-yangseo");

    private readonly string _folder = Directory.CreateTempSubdirectory("dalhaengi-web-").FullName;
    private bool _seeded;

    public FakeClock Clock { get; } = new(Instant.FromUtc(2024, 6, 3, 1, 0));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Dalhaengi:Database", Path.Combine(_folder, "web.db"));
        builder.UseSetting("Dalhaengi:DemoPassword", Password);
        builder.UseEnvironment("Production");
        builder.ConfigureTestServices(services => services.AddSingleton<IClock>(Clock));
    }

    /// <summary>Adds the test households and referrals once.</summary>
    public async Task SeedAsync()
    {
        if (_seeded)
        {
            return;
        }

        _seeded = true;
        var households = Services.GetRequiredService<IHouseholdRepository>();
        var referrals = Services.GetRequiredService<IReferralRepository>();
        var yangpyeong = new Core.Geography.DistrictCode("4183025000");
        var yangseo = new Core.Geography.DistrictCode("4183033000");
        await households.AddRangeAsync(
        [
            new Household(Consented, yangpyeong, [new HouseholdMember(MemberRole.Head, 1944)], contactName: "테스트일", contactPhone: "010-1111-2222", note: "테스트 메모"),
            new Household(Unconsented, yangpyeong, [new HouseholdMember(MemberRole.Head, 1945)], contactName: "테스트이", contactPhone: "010-3333-4444"),
            new Household(Yangseo, yangseo, [new HouseholdMember(MemberRole.Head, 1946)], contactName: "테스트삼", contactPhone: "010-5555-6666"),
        ]);
        var day = new LocalDate(2024, 6, 1);
        Referral Open(ReferralId id, HouseholdId household, Core.Geography.DistrictCode district, string partner, ConsentRecord consent) =>
            Referral.Open(id, ReferralSubject.ForFinding(
                new Finding(new FindingId("f-" + id.Value), household, district, day, [new ObservedSignal("screening.phq9.total", 17, day)], Period.FromDays(7)),
                consent,
                sharesPersonalData: consent.Kind != ConsentKind.None), new PartnerId(partner), "coordinator", Clock);
        await referrals.AddRangeAsync(
        [
            Open(ConsentedReferral, Consented, yangpyeong, "yp-mental-health-centre", ConsentRecord.Written(day)),
            Open(UnconsentedReferral, Unconsented, yangpyeong, "yp-mental-health-centre", ConsentRecord.None),
            Open(YangseoReferral, Yangseo, yangseo, "yp-dementia-centre", ConsentRecord.Verbal(day)),
        ]);
    }

    /// <summary>How many entries the access record holds.</summary>
    public async Task<int> AccessRecordCountAsync() => (await Services.GetRequiredService<IAccessRecordRepository>().ListAsync()).Count;

    /// <summary>A client with its own cookies that does not follow redirects.</summary>
    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);

    /// <summary>One shared signed-in client per account, for tests that only read (signing in hashes a password).</summary>
    public async Task<HttpClient> SharedClientAsync(string user)
    {
        if (_clients.TryGetValue(user, out var client))
        {
            return client;
        }

        client = await SignedInAsync(user);
        return _clients.GetOrAdd(user, client);
    }

    /// <summary>A client signed in as one demo account.</summary>
    public async Task<HttpClient> SignedInAsync(string user)
    {
        await SeedAsync();
        var client = NewClient();
        var response = await PostFormAsync(client, "/Account/Login", new() { ["user"] = user, ["password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Posts a form the way a browser does: with the antiforgery token of the page it came from.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await client.GetStringAsync(formPage ?? url);
        fields["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value;
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment after the host stops; the temp folder is cleaned by the OS.
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

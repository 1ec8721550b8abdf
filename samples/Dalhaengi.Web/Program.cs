using System.Text.Encodings.Web;
using System.Text.Unicode;
using Dalhaengi.Core.DependencyInjection;
using Dalhaengi.Web.Identity;
using Dalhaengi.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

// `dotnet run` starts in the caller's directory, outside Development: serve wwwroot from the build's manifest anyway.
builder.WebHost.UseStaticWebAssets();

// The SQLite store replaces the library's in-memory repositories; AddDalhaengi adds everything else with TryAdd.
var database = builder.Configuration["Dalhaengi:Database"] ?? Path.Combine("dalhaengi-data", "dalhaengi.db");
builder.Services.AddWebStorage(database);
builder.Services.AddDalhaengi();
builder.Services.AddStaffIdentity(database);
// Korean text is written as text, not as numeric character references.
builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddRazorPages(options =>
{
    options.Conventions.AuthorizeFolder("/", StaffAuthorization.Staff);
    options.Conventions.AllowAnonymousToPage("/Account/Login");
    options.Conventions.AuthorizePage("/AccessRecord", StaffAuthorization.AccessRecord);
});

var app = builder.Build();
await app.Services.PrepareDatabaseAsync(app.Configuration, Console.Out);

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
}

app.UseSecurityHeaders();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.MapGet("/healthz", () => Results.Text("ok")).AllowAnonymous();
app.MapRazorPages();
await app.RunAsync();

/// <summary>The web host's entry point, visible to <c>WebApplicationFactory</c> in the tests.</summary>
public partial class Program;

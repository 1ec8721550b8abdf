using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dalhaengi.Web.Identity;

/// <summary>Registers ASP.NET Core Identity on the outreach database, with lockout and a strict cookie.</summary>
internal static class StaffIdentity
{
    public static IServiceCollection AddStaffIdentity(this IServiceCollection services, string databasePath)
    {
        services.AddDbContext<StaffDbContext>(o => o.UseSqlite($"Data Source={databasePath}"));
        services
            .AddIdentity<IdentityUser, IdentityRole>(o =>
            {
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.Password.RequiredLength = 12;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<StaffDbContext>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.Name = "dalhaengi.staff";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);

            // A signed-in user who may not see a page gets a plain 403, not a redirect that names the page.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddAuthorization(StaffAuthorization.AddPolicies);
        services.AddSingleton<IAuthorizationHandler, StaffAuthorization.AccessRequirementHandler>();
        return services;
    }
}

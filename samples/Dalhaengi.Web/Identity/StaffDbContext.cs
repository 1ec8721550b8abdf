using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Dalhaengi.Web.Identity;

/// <summary>ASP.NET Core Identity's tables, in the same SQLite file as the outreach records.</summary>
internal sealed class StaffDbContext(DbContextOptions<StaffDbContext> options) : IdentityDbContext<IdentityUser>(options);

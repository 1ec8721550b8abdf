using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Outreach;
using Dalhaengi.SampleHost.Storage;
using Dalhaengi.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dalhaengi.Web.Infrastructure;

/// <summary>
/// Makes the database ready on start: the outreach schema and the sample 2024 season (as the command-line host seeds
/// them), synthetic households for the referred ones, Identity's tables, and the demo accounts once.
/// </summary>
internal static class DatabasePreparation
{
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, IConfiguration configuration, TextWriter console)
    {
        var database = services.GetRequiredService<Lazy<SqliteDatabase>>().Value;
        var municipality = services.GetRequiredService<Municipality>();
        SampleSeasonSeed.EnsureSeeded(database, municipality);
        await SeedSampleHouseholdsAsync(services);

        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<StaffDbContext>();
        if (!HasTable(database, "AspNetUsers"))
        {
            // EnsureCreated does nothing on a database that already has tables, so create Identity's next to ours.
            context.GetService<IRelationalDatabaseCreator>().CreateTables();
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        await DemoAccounts.EnsureAsync(users, configuration["Dalhaengi:DemoPassword"], console);
    }

    // The sample season refers to households by id only; the household page needs contact details to mask.
    // These are synthetic (예시), marked in their note, and generated from the id so every start agrees.
    private static async Task SeedSampleHouseholdsAsync(IServiceProvider services)
    {
        var households = services.GetRequiredService<IHouseholdRepository>();
        var referrals = await services.GetRequiredService<IReferralRepository>().ListAsync();
        var known = (await households.ListIdsAsync()).ToHashSet();
        var missing = referrals
            .Select(r => (r.Subject.Household, r.Subject.District))
            .DistinctBy(h => h.Household)
            .Where(h => !known.Contains(h.Household))
            .Select(h => Synthetic(h.Household, h.District))
            .ToList();
        if (missing.Count > 0)
        {
            await households.AddRangeAsync(missing);
        }
    }

    internal static Household Synthetic(HouseholdId id, DistrictCode district)
    {
        var n = id.Value.Aggregate(17, (h, c) => unchecked((h * 31) + c)) & 0x7fffffff;
        return new Household(
            id,
            district,
            [new HouseholdMember(MemberRole.Head, 1940 + (n % 20))],
            contactName: "예시" + "가나다라마바사아자차"[n % 10] + "순",
            contactPhone: $"010-{1000 + (n % 9000):0000}-{1000 + (n / 9000 % 9000):0000}",
            note: "예시 데이터 (synthetic sample household)");
    }

    private static bool HasTable(SqliteDatabase database, string table) =>
        database.Read((connection, transaction) =>
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $name";
            command.Parameters.AddWithValue("$name", table);
            return (long)command.ExecuteScalar()! > 0;
        });
}

using Dalhaengi.Core.Access;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Outreach;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Rotation;
using Microsoft.Extensions.DependencyInjection;

namespace Dalhaengi.SampleHost.Storage;

/// <summary>Registers the host's SQLite storage in place of the library's in-memory repositories.</summary>
internal static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the SQLite repositories. Call before <c>AddDalhaengi</c>: the library adds its in-memory
    /// repositories with <c>TryAdd</c>, so these win. The database opens on the first repository call.
    /// </summary>
    public static IServiceCollection AddSqliteStorage(this IServiceCollection services, DatabaseOption option)
    {
        services.AddSingleton(option);
        services.AddSingleton(StorageLocation.Default);
        services.AddSingleton<HostDatabase>();
        services.AddSingleton<ISessionRecordRepository>(sp => new SqliteSessionRecordRepository(Database(sp), sp.GetService<Municipality>(), sp.GetService<PartnerRoster>()));
        services.AddSingleton<IReferralRepository>(sp => new SqliteReferralRepository(Database(sp), sp.GetService<PartnerRoster>()));
        services.AddSingleton<ICaseRepository>(sp => new SqliteCaseRepository(Database(sp)));
        services.AddSingleton<IHouseholdRepository>(sp => new SqliteHouseholdRepository(Database(sp)));
        services.AddSingleton<IRotationPlanRepository>(sp => new SqliteRotationPlanRepository(Database(sp)));
        services.AddSingleton<IAccessRecordRepository>(sp => new SqliteAccessRecordRepository(Database(sp)));
        return services;
    }

    private static Func<SqliteDatabase> Database(IServiceProvider services) => () => services.GetRequiredService<HostDatabase>().Database;
}

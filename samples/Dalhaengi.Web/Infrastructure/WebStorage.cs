using Dalhaengi.Core.Access;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Outreach;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Rotation;
using Dalhaengi.SampleHost.Storage;

namespace Dalhaengi.Web.Infrastructure;

/// <summary>Registers the sample SQLite store, the same one the command-line host uses, before <c>AddDalhaengi</c>.</summary>
internal static class WebStorage
{
    public static IServiceCollection AddWebStorage(this IServiceCollection services, string path)
    {
        services.AddSingleton(sp => new Lazy<SqliteDatabase>(
            () => SqliteDatabase.Open(path, OutreachSchema.Migrations), LazyThreadSafetyMode.ExecutionAndPublication));
        services.AddSingleton<ISessionRecordRepository>(sp => new SqliteSessionRecordRepository(Db(sp), sp.GetService<Municipality>(), sp.GetService<PartnerRoster>()));
        services.AddSingleton<IReferralRepository>(sp => new SqliteReferralRepository(Db(sp), sp.GetService<PartnerRoster>()));
        services.AddSingleton<ICaseRepository>(sp => new SqliteCaseRepository(Db(sp)));
        services.AddSingleton<IHouseholdRepository>(sp => new SqliteHouseholdRepository(Db(sp)));
        services.AddSingleton<IRotationPlanRepository>(sp => new SqliteRotationPlanRepository(Db(sp)));
        services.AddSingleton<IAccessRecordRepository>(sp => new SqliteAccessRecordRepository(Db(sp)));
        return services;
    }

    private static Func<SqliteDatabase> Db(IServiceProvider services) => () => services.GetRequiredService<Lazy<SqliteDatabase>>().Value;
}

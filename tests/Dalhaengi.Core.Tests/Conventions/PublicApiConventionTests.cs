using System.Reflection;
using Dalhaengi.Core.Geography;

namespace Dalhaengi.Core.Tests.Conventions;

/// <summary>House rules checked by reflection over the library's public surface.</summary>
public sealed class PublicApiConventionTests
{
    private static readonly Type[] PublicTypes = typeof(Municipality).Assembly.GetExportedTypes();

    public static TheoryData<string> Namespaces => [.. PublicTypes.Select(t => t.Namespace!).Distinct()];

    [Fact]
    public void PublicConcreteClasses_AreSealed()
    {
        var unsealed = PublicTypes
            .Where(t => t.IsClass && !t.IsAbstract && !t.IsSealed && !t.IsNested)
            .Select(t => t.FullName);

        Assert.Empty(unsealed);
    }

    [Fact]
    public void PublicSignatures_NeverUseDateTime()
    {
        static bool IsBcl(Type t) => t == typeof(DateTime) || t == typeof(DateTimeOffset) || t == typeof(DateTime?) || t == typeof(DateTimeOffset?);
        var offenders = new List<string>();
        foreach (var type in PublicTypes)
        {
            foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var types = member switch
                {
                    PropertyInfo p => [p.PropertyType],
                    FieldInfo f => [f.FieldType],
                    MethodBase m => m.GetParameters().Select(p => p.ParameterType).Append((m as MethodInfo)?.ReturnType ?? typeof(void)),
                    _ => Enumerable.Empty<Type>(),
                };
                if (types.Any(IsBcl))
                {
                    offenders.Add($"{type.Name}.{member.Name}");
                }
            }
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void PublicValueTypes_HaveNoPublicSetters()
    {
        var offenders = PublicTypes
            .Where(t => t.IsValueType && !t.IsEnum)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.SetMethod is { IsPublic: true })
                .Select(p => $"{t.Name}.{p.Name}"));

        Assert.Empty(offenders);
    }

    [Fact]
    public void PublicTypes_LiveInCapabilityNamespaces()
    {
        var allowed = new[] { "Dalhaengi.Core", "Dalhaengi.Core.Geography", "Dalhaengi.Core.Calendar", "Dalhaengi.Core.Households", "Dalhaengi.Core.Risk", "Dalhaengi.Core.Partners", "Dalhaengi.Core.Rotation", "Dalhaengi.Core.Outreach", "Dalhaengi.Core.DependencyInjection", "Dalhaengi.Core.Eligibility", "Dalhaengi.Core.Access" };
        // A city's own data as one folder (#12); on its own line so parallel branches adding namespaces merge cleanly.
        allowed = [.. allowed, "Dalhaengi.Core.Cities"];

        Assert.All(PublicTypes, t => Assert.Contains(t.Namespace, allowed));
    }

    [Fact]
    public void PublicTypeNames_AreUniqueAcrossNamespaces()
    {
        // A user imports several capability namespaces at once; a shared simple name would force qualification.
        var clashes = PublicTypes
            .GroupBy(t => t.Name, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => string.Join(" / ", g.Select(t => t.FullName)));

        Assert.Empty(clashes);
    }
}

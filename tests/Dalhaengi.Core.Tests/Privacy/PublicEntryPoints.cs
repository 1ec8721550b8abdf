using System.Reflection;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Outreach;
using Dalhaengi.Core.Risk;
using Dalhaengi.Core.Tests.Outreach;
using NodaTime;
using NodaTime.Testing;

namespace Dalhaengi.Core.Tests.Privacy;

/// <summary>
/// Every public constructor, static factory and aggregate verb of the library that takes text, found by reflection and
/// called with harmless sample arguments; the ones that accept those form the entry points the RRN property attacks.
/// </summary>
internal static class PublicEntryPoints
{
    /// <summary>Text that is valid as an id and as free text alike.</summary>
    public const string Harmless = "ok-1";

    /// <summary>A code of the national catalog, for parameters that must name an indicator (signals, referral needs).</summary>
    public const string HarmlessIndicator = "screening.phq9.total";

    private static bool IsIndicatorText(ParameterInfo parameter) =>
        parameter.Name is "indicatorCode" or "needs" or "indicator";

    private static readonly NullabilityInfoContext Nullability = new();
    private static readonly FakeClock Clock = OutreachTestData.ClockOn(2024, 3, 6);

    /// <summary>Members looked up by a caller's key rather than stored; the key never reaches storage.</summary>
    private static readonly string[] Lookups = ["Find", "Get", "IndexOf", "Resolve", "Contains", "TryGet", "Equals", "IsIn"];

    /// <summary>One way to call a member: its target (for a verb) and the sample arguments that it accepts.</summary>
    public sealed record EntryPoint(MethodBase Member, Func<object?> Target, object?[] Arguments)
    {
        public string Name => $"{Member.DeclaringType!.Name}.{Member.Name}";

        public IEnumerable<int> TextParameters => Member.GetParameters()
            .Select((p, i) => (p, i))
            .Where(x => x.p.ParameterType == typeof(string) || IsTextSequence(x.p.ParameterType))
            .Select(x => x.i);

        /// <summary>Invokes with argument <paramref name="index"/> replaced by <paramref name="text"/>; returns what it threw.</summary>
        public Exception? InvokeWith(int index, string text)
        {
            var args = (object?[])Arguments.Clone();
            args[index] = Member.GetParameters()[index].ParameterType == typeof(string) ? text : new[] { text };
            try
            {
                _ = Member is ConstructorInfo c ? c.Invoke(args) : Member.Invoke(Target(), args);
                return null;
            }
            catch (TargetInvocationException ex)
            {
                return ex.InnerException;
            }
        }
    }

    public static IReadOnlyList<string> Skipped { get; private set; } = [];

    public static IReadOnlyList<EntryPoint> All { get; } = Discover();

    private static bool IsTextSequence(Type t) =>
        t.IsGenericType && t.GetGenericArguments() is [var a] && a == typeof(string) && t.IsAssignableFrom(typeof(string[]));

    private static List<EntryPoint> Discover()
    {
        var found = new List<EntryPoint>();
        var skipped = new List<string>();
        foreach (var type in typeof(Municipality).Assembly.GetExportedTypes())
        {
            if (typeof(Exception).IsAssignableFrom(type) || type == typeof(ValidationProblem) || type.IsInterface || type.ContainsGenericParameters)
            {
                continue; // diagnostics carry messages about input; interfaces have no body
            }

            IEnumerable<MethodBase> members = type.IsAbstract && !type.IsSealed ? [] : type.GetConstructors();
            members = members.Concat(type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName && !Lookups.Any(m.Name.StartsWith)));
            foreach (var member in members)
            {
                var parameters = member.GetParameters();
                if (!parameters.Any(p => p.ParameterType == typeof(string) || IsTextSequence(p.ParameterType)))
                {
                    continue;
                }

                Func<object?> target = () => null;
                if (!member.IsStatic && member is MethodInfo && !TryTarget(type, out target))
                {
                    skipped.Add($"{type.Name}.{member.Name}");
                    continue;
                }

                var args = new object?[parameters.Length];
                var ok = true;
                for (var i = 0; i < parameters.Length && ok; i++)
                {
                    ok = TrySample(parameters[i], out args[i]);
                }

                var entry = new EntryPoint(member, target, args);
                var first = entry.TextParameters.First();
                if (!ok || entry.InvokeWith(first, args[first] as string ?? (args[first] as string[])?[0] ?? Harmless) is not null)
                {
                    skipped.Add($"{type.Name}.{member.Name}");
                    continue;
                }

                found.Add(entry);
            }
        }

        Skipped = skipped;
        return found;
    }

    private static bool TryTarget(Type type, out Func<object?> target)
    {
        target = type.Name switch
        {
            nameof(Case) => () => Case.Open(new CaseId("case-1"), new HouseholdId("hh-1"), OutreachTestData.Yangpyeong, "staff", Clock),
            nameof(Referral) => () => OutreachTestData.NewReferral(Clock),
            nameof(SessionRecord) => () => SessionRecord.Record(new SessionRecordId("s-1"), OutreachTestData.Held(new LocalDate(2024, 3, 6), 10, 0), "staff", Clock),
            _ => null!,
        };
        return target is not null;
    }

    private static bool TrySample(ParameterInfo parameter, out object? value)
    {
        var t = parameter.ParameterType;
        var nullable = Nullable.GetUnderlyingType(t) is not null
            || (!t.IsValueType && Nullability.Create(parameter).WriteState == NullabilityState.Nullable);
        if (t == typeof(string))
        {
            value = parameter.Name!.Contains("phone", StringComparison.OrdinalIgnoreCase) ? "010-1234-5678"
                : IsIndicatorText(parameter) ? HarmlessIndicator : Harmless;
            return true;
        }

        if (IsTextSequence(t))
        {
            value = new[] { IsIndicatorText(parameter) ? HarmlessIndicator : Harmless };
            return true;
        }

        if (nullable && t != typeof(SessionDetails))
        {
            value = null;
            return true;
        }

        value = Sample(t);
        return value is not null;
    }

    private static object? Sample(Type t)
    {
        if (t == typeof(CaseStage))
        {
            return CaseStage.Assessment; // the stage after intake, so that AdvanceTo on a new case is legal
        }

        if (t == typeof(IEnumerable<HouseholdMember>))
        {
            return new[] { new HouseholdMember(MemberRole.Head, 1950) };
        }

        if (t == typeof(IEnumerable<RiskTier>))
        {
            return new[] { new RiskTier("watch", new BilingualName("관찰", "watch"), 0, "monitor", 30) };
        }

        if (t == typeof(IEnumerable<ScoringRule>))
        {
            return new[] { new ScoringRule("rule-1", "rule", RiskCondition.Present("phq9.total"), 10) };
        }

        if (t.IsEnum)
        {
            return Enum.GetValues(t).GetValue(0);
        }

        if (t.IsValueType && t.GetConstructor([typeof(string)]) is { } idConstructor)
        {
            return idConstructor.Invoke([Harmless]); // typed ids
        }

        if (t.IsArray || (t.IsGenericType && t.GetGenericTypeDefinition() is var g && (g == typeof(IEnumerable<>) || g == typeof(IReadOnlyList<>))))
        {
            var item = t.IsArray ? t.GetElementType()! : t.GetGenericArguments()[0];
            return Array.CreateInstance(item, 0);
        }

        return t switch
        {
            _ when t == typeof(int) => 1,
            _ when t == typeof(double) => 1.0,
            _ when t == typeof(decimal) => 1m,
            _ when t == typeof(bool) => false,
            _ when t == typeof(LocalDate) => new LocalDate(2024, 3, 6),
            _ when t == typeof(Instant) => Clock.GetCurrentInstant(),
            _ when t == typeof(IClock) => Clock,
            _ when t == typeof(DateInterval) => new DateInterval(new LocalDate(2024, 3, 1), new LocalDate(2024, 3, 31)),
            _ when t == typeof(BilingualName) => new BilingualName("이름", "name"),
            _ when t == typeof(RiskCondition) => RiskCondition.Present("phq9.total"),
            _ when t == typeof(RiskTier) => new RiskTier("watch", new BilingualName("관찰", "watch"), 0, "monitor", 30),
            _ when t == typeof(DatedParameter<double>) => new DatedParameter<double>([new DatedValue<double>(new LocalDate(2020, 1, 1), 1.0)]),
            _ when t == typeof(SessionDetails) => OutreachTestData.Held(new LocalDate(2024, 3, 6), 11, 0), // differs from the target's
            _ when t == typeof(ReferralSubject) => OutreachTestData.Subject(),
            _ when t.IsValueType => Activator.CreateInstance(t),
            _ => null,
        };
    }
}

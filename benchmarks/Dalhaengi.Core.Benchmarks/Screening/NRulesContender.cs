using Dalhaengi.Core.Risk;
using NRules;

namespace Dalhaengi.Core.Benchmarks.Screening;

/// <summary>
/// NRules 1.0 with the rule set as NRules rules: one session, households inserted in chunks, the agenda fired,
/// the chunk retracted (a long-lived session and bulk insertion are NRules' cheapest way to process many facts).
/// </summary>
internal sealed class NRulesContender : ScreeningContender
{
    /// <summary>Households per insert / fire / retract round; large enough to amortise Fire, small enough to keep memory flat.</summary>
    public const int Chunk = 10_000;

    private readonly ScreenedHousehold[] _households;
    private readonly ISession _session;
    private readonly RiskRuleSet _set;

    public NRulesContender(ScreeningPopulation population)
        : base("NRules")
    {
        _set = population.RuleSet;
        _households = population.Objects;
        _session = CreateFactory(_set).CreateSession();
    }

    public static ISessionFactory CreateFactory(RiskRuleSet set) => new RuleCompiler().Compile(NRulesTranslation.ToRules(set));

    public override void Screen()
    {
        for (var start = 0; start < _households.Length; start += Chunk)
        {
            var chunk = new ArraySegment<ScreenedHousehold>(_households, start, Math.Min(Chunk, _households.Length - start));
            foreach (var h in chunk)
            {
                h.Reset();
            }

            _session.InsertAll(chunk);
            _session.Fire();
            _session.RetractAll(chunk);
        }
    }

    public override int TierAt(int index) => ScreeningPopulation.TierOf(_set, _households[index].Score, _households[index].ForcedTier);

    public override int ScoreAt(int index) => _households[index].Score;
}

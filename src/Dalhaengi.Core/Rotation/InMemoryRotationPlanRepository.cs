namespace Dalhaengi.Core.Rotation;

/// <summary>Keeps saved plans in memory for tests and the sample host's first run; thread-safe.</summary>
/// <remarks>A saved plan is immutable, so replacing the dictionary entry under the lock is the atomic swap.</remarks>
internal sealed class InMemoryRotationPlanRepository : IRotationPlanRepository
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SavedRotationPlan> _plans = new(StringComparer.Ordinal);

    public Task SaveAsync(string planName, RotationPlan plan, CancellationToken cancellationToken = default)
    {
        Internal.Identifier.Validate(planName, "plan name", nameof(planName));
        ArgumentNullException.ThrowIfNull(plan);
        var saved = new SavedRotationPlan(planName, plan.Sessions, plan.Skipped);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            _plans[saved.Name] = saved;
        }

        return Task.CompletedTask;
    }

    public Task<SavedRotationPlan?> FindAsync(string planName, CancellationToken cancellationToken = default)
    {
        var name = Internal.Identifier.Validate(planName, "plan name", nameof(planName));
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult(_plans.GetValueOrDefault(name));
        }
    }

    public Task<IReadOnlyList<string>> ListNamesAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            IReadOnlyList<string> names = [.. _plans.Keys.Order(StringComparer.Ordinal)];
            return Task.FromResult(names);
        }
    }
}

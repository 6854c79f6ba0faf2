namespace EventBot.Benchmark.Load;

/// <summary>What the virtual users talk about.</summary>
public enum Workload
{
    /// <summary>Question-and-answer conversations only.</summary>
    Questions,

    /// <summary>Complete sign-up conversations only.</summary>
    SignUps,

    /// <summary>Three question-and-answer conversations for one sign-up, as a room would.</summary>
    Mixed,
}

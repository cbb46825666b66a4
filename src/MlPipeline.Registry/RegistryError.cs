namespace MlPipeline.Registry;

/// <summary>What kind of failure a <see cref="RegistryException"/> is; stable, so callers and tests can branch on it.</summary>
public enum RegistryError
{
    /// <summary>An argument is empty, malformed or out of range.</summary>
    InvalidInput,

    /// <summary>A model version, run or model file is not in the registry.</summary>
    NotFound,

    /// <summary>The lifecycle does not allow the requested state change.</summary>
    IllegalTransition,

    /// <summary>Another process held the registry's write lock for longer than the lock timeout.</summary>
    Locked,

    /// <summary>The SQLite file is not a registry database, or is damaged.</summary>
    Corrupt,

    /// <summary>The PostgreSQL server cannot be reached, or refused the connection.</summary>
    Unreachable,

    /// <summary>The registry was created by a newer MlPipeline.</summary>
    IncompatibleSchema,

    /// <summary>Any other database failure; the message carries the database's own text.</summary>
    Failed,
}

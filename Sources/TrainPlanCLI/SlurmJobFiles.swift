import Foundation

/// A Slurm job array (one task a shard) and a merge job that waits for all of them
/// (`--dependency=afterok`), with the script that submits both.
enum SlurmJobFiles {
    /// File name and text of each file, in the shard folder.
    static func files(_ run: ShardedRun, workingDirectory: String) -> [(name: String, text: String)] {
        let logs = ShellWord.quote(URL(fileURLWithPath: run.folder).appendingPathComponent("logs").path)
        let shards = """
            #!/bin/bash
            # \(run.shards) shards of `trainplan \(run.command)`, one array task each; the task's index is its shard.
            # Submitted by submit.sh (or: sbatch shards.sbatch, then sbatch --dependency=afterok:JOBID merge.sbatch).
            #SBATCH --job-name=\(run.name)
            #SBATCH --array=0-\(run.shards - 1)
            #SBATCH --ntasks=1
            #SBATCH --cpus-per-task=\(run.cpusPerTask)
            #SBATCH --chdir=\(ShellWord.quote(workingDirectory))
            #SBATCH --output=\(logs)/shard-%a.out
            set -eu
            # The solver's threads stay within the task's cores.
            export TRAINPLAN_THREADS="${SLURM_CPUS_PER_TASK:-\(run.cpusPerTask)}"
            exec \(ShellWord.line(run.shardCommand(index: "INDEX")).replacingOccurrences(of: "INDEX/", with: "\"$SLURM_ARRAY_TASK_ID\"/"))

            """
        let merge = """
            #!/bin/bash
            # Merges the shards once every array task has succeeded (submitted with --dependency=afterok).
            #SBATCH --job-name=\(run.name)-merge
            #SBATCH --ntasks=1
            #SBATCH --cpus-per-task=1
            #SBATCH --chdir=\(ShellWord.quote(workingDirectory))
            #SBATCH --output=\(logs)/merge.out
            set -eu
            exec \(ShellWord.line(run.mergeCommand))

            """
        let folder = URL(fileURLWithPath: run.folder, relativeTo: URL(fileURLWithPath: workingDirectory)).standardizedFileURL.path
        let submit = """
            #!/bin/sh
            # Submits the \(run.shards) shards as a job array, then the merge to run after all of them succeed.
            # If a shard fails the merge stays pending (DependencyNeverSatisfied): cancel it, and
            # `trainplan merge \(run.folder)` merges the rest and names the failed shard.
            set -eu
            folder=\(ShellWord.quote(folder))
            mkdir -p "$folder/logs"
            shards=$(sbatch --parsable "$folder/shards.sbatch")
            shards=${shards%%;*}
            merge=$(sbatch --parsable --dependency=afterok:"$shards" "$folder/merge.sbatch")
            merge=${merge%%;*}
            echo "shards: job $shards (array 0-\(run.shards - 1)); merge: job $merge (after all shards succeed)"

            """
        return [("shards.sbatch", shards), ("merge.sbatch", merge), ("submit.sh", submit)]
    }
}

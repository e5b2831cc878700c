import Foundation

/// A Kubernetes Indexed Job (one completion index a shard) and a merge Job, applied one after
/// the other by the submit script (Kubernetes has no dependency between Jobs).
enum KubernetesJobFiles {
    struct Settings {
        /// The container image with trainplan on its PATH.
        var image: String
        /// The PersistentVolumeClaim holding the inputs and the shard folder, mounted at `workingDirectory`.
        var claim: String
        var workingDirectory: String
    }

    /// A YAML double-quoted scalar (a JSON string).
    static func quoted(_ word: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(word)) ?? Data("\"\"".utf8), as: UTF8.self)
    }

    /// A YAML flow sequence of JSON strings (JSON is YAML).
    static func list(_ words: [String]) -> String {
        "[" + words.map(quoted).joined(separator: ", ") + "]"
    }

    static func job(name: String, run: ShardedRun, settings: Settings, indexed: Bool, arguments: [String], cpus: Int) -> String {
        let completions = indexed ? run.shards : 1
        let mode = indexed ? "  completionMode: Indexed\n" : ""
        let spec = mode + """
              completions: \(completions)
              parallelism: \(completions)
              backoffLimit: \(2 * completions)

            """
        return """
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: \(name)
              labels:
                app.kubernetes.io/name: trainplan
                trainplan/command: \(run.command)
            spec:
            \(spec)  template:
                spec:
                  restartPolicy: Never
                  containers:
                    - name: trainplan
                      image: \(quoted(settings.image))
                      workingDir: \(settings.workingDirectory)
                      command: \(list([arguments[0]]))
                      args: \(list(Array(arguments.dropFirst())))
                      env:
                        - name: TRAINPLAN_THREADS
                          value: "\(cpus)"
                      resources:
                        requests:
                          cpu: "\(cpus)"
                        limits:
                          cpu: "\(cpus)"
                      volumeMounts:
                        - name: data
                          mountPath: \(settings.workingDirectory)
                  volumes:
                    - name: data
                      persistentVolumeClaim:
                        claimName: \(settings.claim)

            """
    }

    static func files(_ run: ShardedRun, settings: Settings) -> [(name: String, text: String)] {
        // Kubernetes puts the completion index in JOB_COMPLETION_INDEX and expands $(VAR) in args.
        let shards = "# \(run.shards) shards of `trainplan \(run.command)`: an Indexed Job, one completion index a shard.\n"
            + job(name: "\(run.name)-shards", run: run, settings: settings, indexed: true,
                  arguments: run.shardCommand(index: "$(JOB_COMPLETION_INDEX)"), cpus: run.cpusPerTask)
        let merge = "# Merges the shards; applied by submit.sh once the shards' Job is complete.\n"
            + job(name: "\(run.name)-merge", run: run, settings: settings, indexed: false, arguments: run.mergeCommand, cpus: 1)
        let submit = """
            #!/bin/sh
            # Applies the shards' Indexed Job, waits for it to complete, then applies the merge Job.
            # If a shard fails for good, the wait ends with an error: `trainplan merge \(run.folder)` (in the
            # volume) merges the rest and names the failed shard.
            set -eu
            here=$(dirname "$0")
            kubectl apply -f "$here/shards.yaml"
            kubectl wait --for=condition=complete --timeout=24h job/\(run.name)-shards
            kubectl apply -f "$here/merge.yaml"
            kubectl wait --for=condition=complete --timeout=1h job/\(run.name)-merge
            kubectl logs job/\(run.name)-merge

            """
        return [("shards.yaml", shards), ("merge.yaml", merge), ("submit.sh", submit)]
    }
}

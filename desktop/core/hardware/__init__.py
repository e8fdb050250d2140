"""What this computer has: RAM, CPU and GPUs (desktop/core/fit.py decides what fits).

machine.py holds the types, parsers.py reads the tools' outputs, probes.py runs the tools
and detect() merges what they found.
"""

from desktop.core.hardware.machine import (
    GIB,
    MIB,
    AppleSysctl,
    Gpu,
    Machine,
    Memory,
    Probe,
    Vendor,
    memory,
)
from desktop.core.hardware.parsers import (
    AMD_CARVEOUT_MAX,
    INTEL_IGPU_PCI,
    NVIDIA_SMI_FIELDS,
    PCI_VENDORS,
    metal_working_set,
    parse_amd_sysfs,
    parse_intel_sysfs,
    parse_nvidia_smi_csv,
    parse_rocm_smi_json,
    parse_sysctl_apple,
    parse_system_profiler_displays,
    parse_vulkaninfo_summary,
)
from desktop.core.hardware.probes import (
    DRM_ROOT,
    NVIDIA_SMI_ARGS,
    ROCM_SMI_ARGS,
    SYSCTL_NAMES,
    VULKANINFO_ARGS,
    detect,
)

__all__ = [
    "AMD_CARVEOUT_MAX",
    "DRM_ROOT",
    "GIB",
    "INTEL_IGPU_PCI",
    "MIB",
    "NVIDIA_SMI_ARGS",
    "NVIDIA_SMI_FIELDS",
    "PCI_VENDORS",
    "ROCM_SMI_ARGS",
    "SYSCTL_NAMES",
    "VULKANINFO_ARGS",
    "AppleSysctl",
    "Gpu",
    "Machine",
    "Memory",
    "Probe",
    "Vendor",
    "detect",
    "memory",
    "metal_working_set",
    "parse_amd_sysfs",
    "parse_intel_sysfs",
    "parse_nvidia_smi_csv",
    "parse_rocm_smi_json",
    "parse_sysctl_apple",
    "parse_system_profiler_displays",
    "parse_vulkaninfo_summary",
]

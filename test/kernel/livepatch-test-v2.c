// SPDX-License-Identifier: GPL-2.0
#define LIVEPATCH_TEST_VERSION 2
#include "livepatch-test.h"

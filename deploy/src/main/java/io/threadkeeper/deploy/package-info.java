package io.threadkeeper.deploy;

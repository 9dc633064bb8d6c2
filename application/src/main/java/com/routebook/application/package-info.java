/** Routebook's application core: use cases, the ports around them and the services behind them. */
package com.routebook.application;
